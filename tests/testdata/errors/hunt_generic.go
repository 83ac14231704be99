package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Less[T any](a, b T) bool { return a < b }

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Keys[[]int, int](nil))
	var b Box
	_ = b
	var c Box[int, string]
	_ = c
	fmt.Println(Sum[int, int]([]int{1}))
}
