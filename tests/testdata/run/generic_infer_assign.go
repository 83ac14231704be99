package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Apply[T any](xs []T, f func(T, T) int) int { return f(xs[0], xs[1]) }

func Identity[T any](x T) T { return x }

func use(f func(string) string) string { return f("arg") }

func pick() func(int) int { return Identity }

func main() {
	xs := []string{"b", "c", "a"}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs, Apply([]int{1, 2}, cmp.Compare))
	var f func(float64, float64) int = cmp.Compare
	fmt.Println(f(2, 1))
	g := cmp.Compare[string]
	fmt.Println(g("a", "b"), use(Identity), use(strings.ToUpper), pick()(5))
	var h func([]int) []int
	h = slices.Clone
	fmt.Println(h([]int{4}))
}
