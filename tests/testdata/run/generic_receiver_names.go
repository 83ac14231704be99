package main

import "fmt"

type List[T any] struct{ xs []T }

func (l *List[U]) Add(x U) *List[U] { l.xs = append(l.xs, x); return l }

func (l List[_]) Len() int { return len(l.xs) }

func (l List[E]) Map(f func(E) E) List[E] {
	var out List[E]
	for _, x := range l.xs {
		out.Add(f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[A, B]) Swap() Pair[string, A] { return Pair[string, A]{fmt.Sprint(p.v), p.k} }

func main() {
	l := &List[int]{}
	l.Add(1).Add(2)
	fmt.Println(l.Len(), l.Map(func(x int) int { return x * 3 }).xs)
	p := Pair[int, bool]{1, true}
	fmt.Printf("%+v %T\n", p.Swap(), p.Swap())
}
