package main

type T struct{}

func (T) m[P any](x P) P { return x }

func main() {
	var t T
	_ = t.m[int, string](1)
}
