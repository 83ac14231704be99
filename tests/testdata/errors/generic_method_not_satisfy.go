package main

type T struct{}

func (T) m[P ~int](x P) P { return x }

func main() {
	var t T
	_ = t.m[string]("a")
}
