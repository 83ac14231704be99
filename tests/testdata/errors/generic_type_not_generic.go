package main

type T int

func main() {
	var x T[int]
	_ = x
}
