package main

type myint int
type I int

func main() {
	var m myint
	var _ int = max(m)
	var _ int = min(m, 1)
	var _ int = I(1)
	var x int
	x = m
	var _ myint = x
	_ = x
}
