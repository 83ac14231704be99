package main

type T struct{ f func() }

func main() {
	var a, b [2]T
	_ = a == b
}
