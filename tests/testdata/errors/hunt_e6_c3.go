package main

import "fmt"

type T struct{}

func (t T) M() {}

func main() {
	var t T
	x := t.M()
	y := T.M
	y()
	fmt.Println(x)
	var f func() = T.M
	_ = f
}
