// run

// Type parameters: a generic function with a constraint and a generic type.
package main

import "fmt"

type number interface {
	~int | ~int64 | ~float64
}

func sum[T number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type stack[T any] struct{ items []T }

func (s *stack[T]) push(x T) { s.items = append(s.items, x) }

func (s *stack[T]) pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}), sum([]float64{0.5, 0.25}))
	var s stack[string]
	s.push("a")
	s.push("b")
	fmt.Println(s.pop(), s.pop(), len(s.items))
}
