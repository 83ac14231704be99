package main

import (
	"fmt"
	"strconv"
)

type Getter[T any] interface {
	Get() T
}

type Const[T any] struct{ v T }

func (c Const[T]) Get() T { return c.v }

type Doubler struct{ n int }

func (d *Doubler) Get() int { d.n *= 2; return d.n }

func Sum[T int | float64](gs ...Getter[T]) T {
	var s T
	for _, g := range gs {
		s += g.Get()
	}
	return s
}

type Stringish interface {
	~string
	Len() int
}

type MyStr string

func (m MyStr) Len() int { return len(m) }

func Total[S Stringish](xs []S) (int, string) {
	n := 0
	all := ""
	for _, x := range xs {
		n += x.Len()
		all += string(x)
	}
	return n, all
}

type Num interface{ ~int | ~int64 }

func Format[T Num](x T) string { return strconv.FormatInt(int64(x), 10) }

func main() {
	fmt.Println(Sum[int](Const[int]{2}, &Doubler{3}, Const[int]{10}))
	fmt.Println(Sum[float64](Const[float64]{0.5}))
	var g Getter[string] = Const[string]{"s"}
	fmt.Println(g.Get())
	fmt.Printf("%T\n", g)
	fmt.Println(Total([]MyStr{"ab", "cde"}))
	type ID int64
	fmt.Println(Format(ID(42)), Format(-7))
}
