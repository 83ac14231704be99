// Struct comparison with == and !=, including nested structs, strings and arrays.
package main

import "fmt"

type key struct {
	name string
	id   int
}

type rect struct {
	min, max key
	corners  [2]int
}

func main() {
	a := key{"a", 1}
	b := key{"a", 1}
	c := key{"b", 1}
	fmt.Println(a == b, a != b, a == c, a != c)
	r1 := rect{a, c, [2]int{1, 2}}
	r2 := rect{b, c, [2]int{1, 2}}
	fmt.Println(r1 == r2)
	r2.corners[1] = 3
	fmt.Println(r1 == r2)
	var x, y struct{}
	fmt.Println(x == y)
	var i1 any = key{"k", 2}
	var i2 any = key{"k", 2}
	var i3 any = key{"k", 3}
	fmt.Println(i1 == i2, i1 == i3)
	p1, p2 := &a, &b
	fmt.Println(p1 == p2, *p1 == *p2)
}
