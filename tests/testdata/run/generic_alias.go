package main

import "fmt"

type List[T any] struct{ xs []T }

func (l *List[T]) Add(x T) { l.xs = append(l.xs, x) }

type Ints = List[int]

type Set[T comparable] = map[T]bool

type Pairs[K comparable, V any] = []struct {
	K K
	V V
}

func Keys[T comparable](s Set[T]) int { return len(s) }

func main() {
	var l Ints
	l.Add(3)
	s := Set[string]{"a": true}
	fmt.Printf("%v %T %v %T\n", l, l, s, s)
	ps := Pairs[string, int]{{"x", 1}}
	fmt.Printf("%v %T %d\n", ps, ps, Keys(Set[int]{1: true, 2: false}))
}
