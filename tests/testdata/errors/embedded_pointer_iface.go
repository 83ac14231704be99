package main

type I interface{}
type T struct {
	*I
}

func main() {}
