package main

import "unsafe"

func main() {
	var x int
	_ = max()
	_ = imag(1, 2)
	print()
	println()
	_ = unsafe.Sizeof()
	_ = unsafe.Sizeof(x, x)
	_ = unsafe.Add(&x)
	_ = unsafe.String()
	_ = copy()
	_ = cap()
}
