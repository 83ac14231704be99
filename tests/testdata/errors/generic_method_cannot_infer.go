package main

type T struct{}

func (T) m[P, Q any](x P) Q {
	var q Q
	return q
}

func main() {
	var t T
	_ = t.m(1)
}
