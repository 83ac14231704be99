package main

import "fmt"

const (
	A = iota * 10
	B
	C string = iota
)

const big = 1 << 64

func main() {
	var x int = big
	var y int8 = 200
	var z uint = -1
	const f = 1.5
	var i int = f
	arr := [2]int{1, 2, 3}
	fmt.Println(A, B, C, x, y, z, i, arr)
}
