package main

import "fmt"

type P struct {
	X, Y int
	name string
}

func main() {
	a := P{1, 2}
	b := P{X: 1, 2, 3}
	c := P{X: 1, X: 2}
	d := P{Z: 3}
	e := &P{1, 2, "n", 4}
	f := []P{{1, 2, "a"}, {X: "s"}}
	g := map[string]P{"a": {1}}
	fmt.Println(a, b, c, d, e, f, g)
}
