package main

type A struct{}

func (A) Hello() {}

type B struct{ A }

func main() {
	var b B
	b.Hello(1)
}
