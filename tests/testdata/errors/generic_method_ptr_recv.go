package main

type T struct{}

func (*T) m[P any](x P) P { return x }

func main() {
	T{}.m(1)
}
