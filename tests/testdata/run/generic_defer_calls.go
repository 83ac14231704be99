package main

import "fmt"

func Show[T any](x T) { fmt.Println("show", x) }

type Box[T any] struct{ v T }

func (b *Box[T]) Print() { fmt.Println("box", b.v) }

func main() {
	defer Show(1)
	defer Show[string]("s")
	b := &Box[float64]{2.5}
	defer b.Print()
	p := (*Box[int]).Print
	_ = p
	fmt.Println("body")
}
