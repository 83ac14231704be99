package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get[K comparable](m map[K]T, k K) T {
	v, ok := m[k]
	if !ok {
		panic(fmt.Sprint("missing ", k))
	}
	return v
}

type Plain struct{}

func (Plain) Div[T ~int](a, b T) T { return a / b }

func main() {
	var p Plain
	fmt.Println(p.Div(7, 2))
	b := &Box[string]{}
	fmt.Println(b.Get(map[int]string{1: "one"}, 1))
	fmt.Println(b.Get(map[int]string{1: "one"}, 2))
}
