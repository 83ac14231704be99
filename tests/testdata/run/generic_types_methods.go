package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Point struct{ X, Y int }

func main() {
	var s Stack[int]
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len())
	for {
		x, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	ps := &Stack[Point]{}
	ps.Push(Point{1, 2})
	ps.Push(Point{3, 4})
	p, _ := ps.Pop()
	fmt.Println(p, ps.Len())
	fmt.Printf("%T %T %v\n", s, ps, *ps)
	ss := Stack[string]{items: []string{"a", "b"}}
	fmt.Printf("%v %+v\n", ss, ss)
}
