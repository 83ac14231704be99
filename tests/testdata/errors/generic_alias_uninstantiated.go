package main

type Set[T comparable] = map[T]bool

func main() {
	var s Set
	_ = s
}
