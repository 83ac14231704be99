package main

type T struct{}

func (T) m[P any](x P) P { return x }

func main() {
	var t T
	var f func(string) int = t.m
	_ = f
}
