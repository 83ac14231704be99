package main

func Index[S ~[]E, E comparable](s S, v E) int { return 0 }

func main() {
	var f func([]int, string) int = Index
	var g func([]int, int) string = Index
	_, _ = f, g
	var s []int
	_ = Index(s, "a")
}
