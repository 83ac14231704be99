package main

import "fmt"

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Count[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type P struct {
	A int
	B string
}

func Uniq[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	fmt.Println(Index([]P{{1, "x"}, {2, "y"}}, P{2, "y"}))
	fmt.Println(Index([]any{1, "a", 2.5}, any(2.5)))
	c := Count([]string{"a", "b", "a"})
	fmt.Println(c["a"], c["b"], len(c))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}))
	fmt.Println(Uniq([]P{{1, "a"}, {1, "a"}, {2, "b"}}))
}
