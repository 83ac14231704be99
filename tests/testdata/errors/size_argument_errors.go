package main

import "unsafe"

func main() {
	var f float64 = 1
	var p unsafe.Pointer
	var b [4]byte
	_ = unsafe.Add(p, f)
	_ = unsafe.Add(p, 1.5)
	_ = unsafe.Slice(&b[0], f)
	_ = unsafe.Slice(&b[0], -1)
	_ = unsafe.String(&b[0], 2.5)
	_ = unsafe.String(&b[0], "x")
	_ = make([]int, f)
	_ = make([]int, "a")
	_ = make([]int, uint64(1<<63))
	_ = make([]int, 1<<63)
}
