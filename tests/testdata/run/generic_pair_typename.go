package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Point struct{ X, Y int }

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.n++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func main() {
	p := Pair[int, string]{1, "a"}
	fmt.Printf("%T\n", p)
	fmt.Printf("%v %+v\n", p, p)
	var l List[Point]
	l.Add(Point{1, 2})
	l.Add(Point{3, 4})
	fmt.Printf("%T %T\n", l, &l)
	l.Each(func(p Point) { fmt.Println(p.X + p.Y) })
	var ps []Pair[string, []int]
	ps = append(ps, Pair[string, []int]{"x", []int{1}})
	fmt.Printf("%T %v\n", ps, ps)
	m := map[Pair[int, int]]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Pair[int, int]{3, 4}], len(m))
	var a any = Pair[bool, float64]{true, 1.5}
	fmt.Printf("%T %v\n", a, a)
	_, ok := a.(Pair[bool, float64])
	_, ok2 := a.(Pair[bool, float32])
	fmt.Println(ok, ok2)
}
