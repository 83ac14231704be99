package main

import "fmt"

type Box[T any] struct{ v T }

func f() any {
	type loc struct{ a int }
	return Box[loc]{}
}

func main() {
	type loc2 int
	fmt.Printf("%T\n", f())
	fmt.Printf("%T\n", Box[loc2]{})
	fmt.Printf("%T\n", Box[[]loc2]{})
}
