package main

import "fmt"

func H() any {
	type T struct{ x int }
	return T{1}
}

func K() any {
	type T struct{ x int }
	return T{1}
}

func main() {
	h, k := H(), K()
	fmt.Printf("%T %T %v\n", h, k, h == k)
	_, ok := h.(interface{ M() })
	fmt.Println(ok)
}
