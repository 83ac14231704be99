package main

type T struct{ Name int }

func main() {
	var t T
	_ = t.name
}
