// Functions as values: passing, returning and storing funcs; map/filter/reduce.
package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, acc int, f func(int, int) int) int {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func square(x int) int { return x * x }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(mapInts(xs, square))
	fmt.Println(filter(xs, func(x int) bool { return x%2 == 0 }))
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }))
	add10 := adder(10)
	fmt.Println(mapInts(xs, add10))
	f := compose(add10, square)
	fmt.Println(f(1), compose(square, add10)(3))
	ops := []func(int, int) int{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a * b },
	}
	for _, op := range ops {
		fmt.Print(op(6, 7), " ")
	}
	fmt.Println()
}
