package main

import "fmt"

type S struct{}

func G[A, B any](a A, b B) any {
	type Two[C, D any] struct {
		a A
		b B
		c C
		d D
	}
	type Plain struct{ a A }
	return []any{Two[int, S]{a: a, b: b}, Plain{a}, Two[Plain, []Plain]{}}
}

func H() any {
	type T[X any] struct{ x X }
	return T[int]{1}
}

func K() any {
	type T[X any] struct{ x X }
	return T[int]{1}
}

func main() {
	fmt.Printf("%T\n", G(1, "s"))
	for _, x := range G(1, "s").([]any) {
		fmt.Printf("%T %v\n", x, x)
	}
	h, k := H(), K()
	fmt.Printf("%T %T %v\n", h, k, h == k)
	type M[K comparable, V any] map[K]V
	m := M[string, M[int, bool]]{"a": {1: true}}
	fmt.Printf("%T %v\n", m, m)
	fmt.Printf("%T\n", &m)
	type E[T any] interface{ Get() T }
	var e E[int]
	fmt.Printf("%T %v\n", e, e == nil)
}
