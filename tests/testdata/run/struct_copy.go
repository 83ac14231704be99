// Struct assignment copies the value; passing and returning structs by value.
package main

import "fmt"

type pair struct {
	a, b int
	s    string
}

func swapped(p pair) pair {
	p.a, p.b = p.b, p.a
	return p
}

func modify(p pair) {
	p.a = -1
}

func main() {
	p := pair{1, 2, "x"}
	q := p
	q.a = 10
	fmt.Println(p, q)
	modify(p)
	fmt.Println(p)
	r := swapped(p)
	fmt.Println(p, r)
	ps := []pair{p, q}
	ps[0].s = "changed"
	fmt.Println(p.s, ps[0].s)
	arr := [2]pair{p, r}
	brr := arr
	brr[1].b = 99
	fmt.Println(arr[1].b, brr[1].b)
}
