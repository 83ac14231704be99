package main

import "unsafe"

type myint int

func main() {
	var m myint
	var _ int = max(m)
	var _ int = min(m, 1)
	_ = unsafe.Sizeof(nil)
	_ = unsafe.Alignof(nil)
	_ = new(1 << 70)
}
