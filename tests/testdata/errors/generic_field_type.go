package main

type Box[T any] struct{ v T }

func main() {
	b := Box[int]{v: "s"}
	_ = b
}
