package main

type A struct{ x int }
type T struct {
	A
	A int
}

func main() {}
