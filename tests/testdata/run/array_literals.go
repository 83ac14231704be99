// Array literals: positional, keyed, [...] length, nested, arrays of strings and structs.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	a := [5]int{1, 2, 3}
	b := [...]string{"a", "b", "c", "d"}
	c := [...]int{4: 40, 1: 10, 20}
	d := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	e := [3]point{{1, 2}, {x: 3}, {}}
	fmt.Println(a, len(a))
	fmt.Println(b, len(b))
	fmt.Println(c, len(c))
	fmt.Println(d, d[1][2], len(d[0]))
	fmt.Println(e, e[0].y)
	f := [...]bool{true, false, true}
	fmt.Println(f)
}
