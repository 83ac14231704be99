// fmt: Printf verbs applied to struct fields, arrays of structs, pointers to structs (&{...}) and nil pointers.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	At    Point
	Flags [2]bool
	Extra any
	small uint8
}

func main() {
	p := Point{3, -4}
	fmt.Printf("%v|%+v|%#v|%d|%x|%5d|%-4v|\n", p, p, p, p, p, p, p)
	n := Named{"gopher", []string{"a", "b"}, Point{1, 2}, [2]bool{true, false}, 42, 7}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	fmt.Printf("%v %+v\n", &p, &n)
	fmt.Printf("%s|%q|%x\n", n, n, n)
	var np *Point
	fmt.Printf("%v %+v %#v %p %d\n", np, np, np, np, np)
	ps := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", ps, ps, ps)
	arr := [2]Point{{5, 6}}
	fmt.Printf("%v %d %#v\n", arr, arr, arr)
	var e Named
	fmt.Printf("%v|%+v|%#v\n", e, e, e)
	fmt.Printf("%T %T %T %T\n", p, &p, ps, n)
}
