package main

type T struct{}

func (T) M() (int, int) { return 1, 2 }

func main() {
	var t T
	x := t.M()
	_ = x
}
