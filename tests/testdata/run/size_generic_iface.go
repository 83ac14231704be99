package main

import (
	"fmt"
	"strconv"
)

// Methods of generic types called through interfaces, and constraint methods
// called inside generic functions.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)   { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int   { return len(s.items) }
func (s *Stack[T]) Top() T     { return s.items[len(s.items)-1] }
func (s Stack[T]) String() string { return fmt.Sprint("stack", s.items) }

type Lener interface{ Len() int }

type Pusher[T any] interface {
	Push(T)
	Lener
}

type ID int

func (i ID) Label() string { return "id" + strconv.Itoa(int(i)) }

type Word string

func (w Word) Label() string { return "word:" + string(w) }

type Labeler interface{ Label() string }

func Labels[T Labeler](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Label())
	}
	return out
}

func Fill[T any](p Pusher[T], vs ...T) int {
	for _, v := range vs {
		p.Push(v)
	}
	return p.Len()
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) Label() string { return fmt.Sprint(p.K, "=", p.V) }

func main() {
	s := &Stack[int]{}
	fmt.Println(Fill[int](s, 1, 2, 3), s.Top())
	var l Lener = s
	fmt.Println(l.Len())
	ws := &Stack[string]{}
	var p Pusher[string] = ws
	p.Push("x")
	fmt.Println(p.Len(), ws.Top(), *ws, s)
	var anyv any = ws
	if q, ok := anyv.(Pusher[string]); ok {
		q.Push("y")
		fmt.Println("pusher", q.Len())
	}
	if _, ok := anyv.(Pusher[int]); !ok {
		fmt.Println("not a Pusher[int]")
	}
	fmt.Println(Labels([]ID{1, 2}), Labels([]Word{"a"}))
	var lb Labeler = Pair[string, int]{"k", 3}
	fmt.Println(lb.Label(), Labels([]Pair[int, bool]{{1, true}}))
	fmt.Println(Pair[string, float64]{"pi", 3.5})
}
