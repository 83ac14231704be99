package main

type A struct{}

func (*A) M() {}

type B struct{ A }

type I interface{ M() }

func main() {
	var i I = B{}
	_ = i
}
