package main

const c = 3

var v = 2

type G[T any] struct{}

type A [N]int

func main() {
	var a [undefinedLen]int
	var b [v]int
	var d [1.5]int
	var e [-1]int
	var f [c]int
	var g ["s"]int
	var h [1 << 70]int
	n := 3
	var i [n]int
	var j [2.0]int
	_, _, _, _, _, _, _, _, _ = a, b, d, e, f, g, h, i, j
}
