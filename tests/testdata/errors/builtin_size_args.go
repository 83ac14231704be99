package main

import "unsafe"

func main() {
	type G[P any] struct{ x P }
	_ = new(G[int])
	_ = make([]int, -1, 10)
	_ = make([]int, 1<<100)
	_ = make([]int, 10, 9)
	_ = make(chan int, -10)
	var x int
	unsafe.Slice(&x, 0)
	_ = unsafe.Slice(&x, -1)
	var s []int
	unsafe.SliceData(s)
	_ = new(G)
}
