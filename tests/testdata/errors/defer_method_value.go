package main

type T struct{}

func (T) M() int { return 1 }

func main() {
	var t T
	defer t.M
}
