package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func use(i I) {}

func main() {
	var t T
	use(t)
}
