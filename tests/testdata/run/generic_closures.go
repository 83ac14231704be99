package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Counter[T any]() (func(T), func() int) {
	n := 0
	return func(T) { n++ }, func() int { return n }
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	ev := Filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev)
	fmt.Println(Map(ev, func(x int) string { return fmt.Sprint("<", x, ">") }))
	fmt.Println(Reduce(xs, 0, func(a, x int) int { return a + x }))
	fmt.Println(Reduce(xs, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	inc, get := Counter[string]()
	inc("a")
	inc("b")
	fmt.Println(get())
	h := Compose(func(i int) float64 { return float64(i) / 2 }, func(f float64) string { return fmt.Sprint(f) })
	fmt.Println(h(3))
	f := Map[int, int]
	fmt.Println(f([]int{1, 2}, func(i int) int { return -i }))
	var g func([]string, func(string) bool) []string = Filter[string]
	fmt.Println(g([]string{"a", "", "b"}, func(s string) bool { return s != "" }))
}
