// Address-taken locals escape to the heap: returned pointers stay valid and distinct.
package main

import "fmt"

func newInt(v int) *int {
	x := v
	return &x
}

func counter(start int) (*int, *int) {
	c := start
	return &c, &c
}

func param(v int) *int {
	return &v
}

func main() {
	ps := []*int{}
	for i := 0; i < 5; i++ {
		ps = append(ps, newInt(i*i))
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	a, b := counter(3)
	*a += 1
	fmt.Println(*a, *b, a == b)
	q := param(9)
	r := param(9)
	fmt.Println(*q == *r, q == r)
}
