package main

import "fmt"

func main() {
	var s string
	s += 1
	var b bool
	b++
	var f float64
	f %= 2
	var i int
	i <<= 1.5
	x := 1
	x := 2
	a, b := 3, 4
	var p *int
	p++
	fmt.Println(s, b, f, i, x, a, p)
}
