package main

import "fmt"

type List[E any] []E

func (l List[E]) Map[F any](f func(E) F) List[F] {
	var r List[F]
	for _, x := range l {
		r = append(r, f(x))
	}
	return r
}

func (l *List[E]) Push[X ~int](x X) { *l = append(*l, *new(E)) ; _ = x }

type Outer struct {
	List[int]
	name string
}

type Deep[T any] struct {
	*Outer
	t T
}

func main() {
	o := Outer{List[int]{1, 2}, "o"}
	fmt.Println(o.Map(func(i int) string { return fmt.Sprint(-i) }))
	o.Push(5)
	fmt.Println(o.List)
	d := Deep[bool]{&o, true}
	fmt.Println(d.Map[float64](func(i int) float64 { return float64(i) / 2 }))
	d.Push[int](1)
	fmt.Println(len(o.List))
	mv := d.Map[bool]
	fmt.Println(mv(func(i int) bool { return i == 0 }))
	me := Deep[bool].Map[int]
	fmt.Println(me(d, func(i int) int { return i + 1 }))
	mp := (*Outer).Push[int]
	mp(&o, 0)
	fmt.Println(o.List)
}
