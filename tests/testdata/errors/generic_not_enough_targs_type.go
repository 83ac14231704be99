package main

type Pair[K comparable, V any] struct{}

func main() {
	_ = Pair[int, int, int]{}
}
