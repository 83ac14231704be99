package main

type T struct{}

func (T) M(a, b int) {}

func main() {
	var t T
	f := t.M
	f(1)
}
