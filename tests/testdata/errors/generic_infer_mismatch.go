package main

func Pair[T any](a, b T) {}

func main() {
	Pair(1, "x")
}
