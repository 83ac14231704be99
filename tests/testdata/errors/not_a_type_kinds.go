package main

import "fmt"

var g int

func f(p int) {
	var a p
	var b g
	var c f
	var d fmt
	var e len
	var h nil
	const k = 1
	var i k
	l := 2
	var m l
	_, _, _, _, _, _, _, _ = a, b, c, d, e, h, i, m
}

func main() {}
