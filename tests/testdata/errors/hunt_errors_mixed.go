package main

import (
	"fmt"
	"os"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Dist() int { return p.X + p.Y }

func f(a int, b string) (int, error) {
	return a, nil
}

func main() {
	x := 5
	var y string = x
	p := Point{1, 2}
	p.Z = 3
	f(1)
	f(1, "a", 3)
	n := f(2, "b")
	fmt.Println(undefinedThing)
	Point{}.X = 4
	var q int
	q.Foo()
	const c = 10
	c = 11
	_ = "a" + 1
	_ = p + p
	_ = !x
	_ = -"s"
	fmt.Println(y, n)
}
