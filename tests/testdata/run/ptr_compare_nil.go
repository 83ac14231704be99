// Pointer comparison with == and !=, nil pointers, pointers as function results.
package main

import "fmt"

var g int

func pick(first bool, x, y *int) *int {
	if first {
		return x
	}
	return y
}

func find(xs []int, v int) *int {
	for i := range xs {
		if xs[i] == v {
			return &xs[i]
		}
	}
	return nil
}

func main() {
	var p *int
	fmt.Println(p == nil, p != nil)
	x, y := 1, 2
	px, py := &x, &y
	fmt.Println(px == py, px == &x, pick(true, px, py) == px, pick(false, px, py) == py)
	gp := &g
	*gp = 11
	fmt.Println(g, gp == &g)
	xs := []int{4, 5, 6}
	if q := find(xs, 5); q != nil {
		*q = 50
	}
	fmt.Println(xs, find(xs, 7) == nil)
	p = px
	fmt.Println(p != nil, *p)
}
