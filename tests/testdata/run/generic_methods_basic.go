package main

import "fmt"

type T struct{ n int }

func (t T) Add[U ~int | ~float64](u U) U { return u + U(t.n) }

func (t *T) Set[U ~int](u U) { t.n = int(u) }

type List[E any] []E

func (l List[E]) Map[F any](f func(E) F) List[F] {
	var r List[F]
	for _, x := range l {
		r = append(r, f(x))
	}
	return r
}

func main() {
	t := T{3}
	fmt.Println(t.Add[int](4), t.Add(2.5))
	t.Set(10)
	fmt.Println(t.n)
	(&t).Set[int](11)
	fmt.Println(t.n)
	l := List[int]{1, 2, 3}
	s := l.Map(func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Printf("%T %v\n", s, s)
	f := T.Add[float64]
	fmt.Println(f(t, 0.5))
	g := t.Add[int]
	t.n = 100
	fmt.Println(g(1))
	var h func(List[int], func(int) bool) List[bool] = List[int].Map
	fmt.Println(h(l, func(i int) bool { return i > 1 }))
}
