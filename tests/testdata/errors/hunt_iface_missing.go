package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (T) string() string { return "" }

func show(s Stringer) { fmt.Println(s) }

func main() {
	show(T{})
	var x interface{ M(int) } = T{}
	_ = x
}
