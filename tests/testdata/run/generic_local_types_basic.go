package main

import "fmt"

type Base struct{ id int }

func (b Base) ID() int { return b.id }

func F[T any](x T) {
	type Pair[U any] struct {
		a T
		b U
	}
	p := Pair[string]{x, "s"}
	fmt.Printf("%T %v\n", p, p)
}

func main() {
	type Box[T any] struct {
		Base
		v T
	}
	b := Box[int]{Base{1}, 2}
	fmt.Printf("%T %v %+v %d\n", b, b, b, b.ID())
	type List[T any] []T
	l := List[string]{"a"}
	fmt.Printf("%T %v\n", l, l)
	F(1.5)
	F("x")
	g := func() any { return Box[bool]{} }
	fmt.Printf("%T\n", g())
	var s fmt.Stringer
	_ = s
}
