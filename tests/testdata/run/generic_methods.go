package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Stack[E any] struct{ items []E }

func (s *Stack[E]) Push(e E) { s.items = append(s.items, e) }

func (s *Stack[E]) Each[R any](f func(E) R) []R {
	out := make([]R, 0, len(s.items))
	for _, it := range s.items {
		out = append(out, f(it))
	}
	return out
}

func (s Stack[E]) Fold[A any](init A, f func(A, E) A) A {
	acc := init
	for _, it := range s.items {
		acc = f(acc, it)
	}
	return acc
}

type Conv[F any] struct{ f F }

type celsius float64

func (c celsius) From(x int) celsius { return celsius(x) / 2 }

func (g Conv[F]) To[H interface{ From(F) H }]() H {
	var h H
	return h.From(g.f)
}

func (g Conv[F]) Ptr[P *F](p P) F { return *p }

func (g Conv[F]) Use() F {
	var f F
	f = g.Ptr(&g.f)
	return f
}

func useFromGeneric[A any](g Conv[A]) A {
	var a A
	a = g.Ptr(&g.f)
	return a
}

type Inner struct{ tag string }

func (i Inner) Tag[T any](x T) string { return fmt.Sprintf("%s:%v:%T", i.tag, x, x) }

func (i *Inner) Retag[T fmt.Stringer](x T) { i.tag = x.String() }

type Outer struct {
	Inner
	n int
}

type OuterP struct {
	*Inner
}

type name string

func (n name) String() string { return "<" + string(n) + ">" }

type Num int

func (n Num) Pow[T ~int | ~int64](e T) T {
	r := T(1)
	for i := T(0); i < e; i++ {
		r *= T(n)
	}
	return r
}

func (n Num) Rec[T any](depth int, x T) string {
	if depth == 0 {
		return fmt.Sprint(x)
	}
	return n.Rec[T](depth-1, x) + "."
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Each(func(i int) string { return strconv.Itoa(i * 10) }))
	fmt.Println(s.Each[float64](func(i int) float64 { return float64(i) / 4 }))
	fmt.Println(s.Fold(0, func(a, e int) int { return a + e }))
	fmt.Println(s.Fold[string]("", func(a string, e int) string { return a + strconv.Itoa(e) }))
	ps := &s
	fmt.Println(ps.Fold(1, func(a, e int) int { return a * e }))

	c := Conv[int]{7}
	fmt.Println(c.To[celsius]())
	fmt.Println(c.Use(), useFromGeneric(c), useFromGeneric(Conv[string]{"s"}))

	o := Outer{Inner{"in"}, 1}
	fmt.Println(o.Tag(42), o.Tag[string]("x"), o.Inner.Tag(1.5))
	o.Retag(name("new"))
	fmt.Println(o.tag)
	op := OuterP{&Inner{"p"}}
	op.Retag[name]("q")
	fmt.Println(op.Tag(true), op.tag)

	fmt.Println(Num(2).Pow(10), Num(3).Pow(int64(3)))
	fmt.Println(Num(0).Rec(3, "a"))

	// method values bind the receiver when evaluated
	n := Num(2)
	pv := n.Pow[int]
	n = 5
	fmt.Println(pv(5), n.Pow(2))
	var pf func(int) int = n.Pow
	fmt.Println(pf(3))

	// method expressions
	fe := Num.Pow[int64]
	fmt.Println(fe(3, 4))
	var fi func(Num, int) int = Num.Pow
	fmt.Println(fi(4, 2))
	fp := (*Num).Pow[int]
	fmt.Println(fp(&n, 2))
	ft := Outer.Tag[int]
	fmt.Println(ft(o, 9))
	fr := (*Stack[int]).Each[bool]
	fmt.Println(fr(&s, func(i int) bool { return i%2 == 1 }))
	ff := Stack[int].Fold[int]
	fmt.Println(ff(s, 100, func(a, e int) int { return a - e }))

	// generic methods are not in the method set
	fmt.Println(reflect.TypeOf(n).NumMethod(), reflect.TypeOf(&s).NumMethod(), reflect.TypeOf(o).NumMethod())
	fmt.Printf("%T\n", s.Each[string])
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *Stack[int]
	np.Each(func(i int) int { return i })
}
