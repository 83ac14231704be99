package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Celsius float64

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum[int8](100, 27))
	fmt.Println(Sum[uint8](200, 100))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[Celsius](10, 20.5))
	fmt.Printf("%T\n", Sum[Celsius](1))
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max("abc", "abd"))
	b, a := Swap(1, "one")
	fmt.Println(a, b)
	x, y := Swap[string, []int]("s", []int{1, 2})
	fmt.Println(x, y)
}
