package main

import "unsafe"

type S struct {
	a byte
	b int64
}

const c = unsafe.Sizeof(S{})

func main() {
	var x [c]int
	var y string = x
	_ = y
}
