package main

import "fmt"

// Frames of generic functions and methods print their type arguments as [...].

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func Drain[T any](s *Stack[T], n int) []T {
	var out []T
	for i := 0; i < n; i++ {
		out = append(out, s.Pop())
	}
	return out
}

func main() {
	s := &Stack[string]{items: []string{"a", "b"}}
	fmt.Println(Drain(s, 2))
	fmt.Println(Drain(s, 1))
}
