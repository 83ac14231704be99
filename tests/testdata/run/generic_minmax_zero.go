package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func MinOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

func MaxOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

func Zero[T any]() T {
	var z T
	return z
}

func NewZero[T any]() T { return *new(T) }

func Ptr[T any](v T) *T { return &v }

type Rec struct {
	N int
	S string
}

func main() {
	fmt.Println(MinOf(3, 1, 2), MaxOf(3, 1, 2))
	fmt.Println(MinOf("b", "a", "c"), MaxOf(1.5, -2.0))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[Rec]())
	fmt.Printf("%v %v %v\n", NewZero[[]int]() == nil, NewZero[float64](), NewZero[[2]bool]())
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"), Ptr(Rec{1, "x"}).S)
}
