// Reading a field through a nil struct pointer panics with gc's nil dereference error.
package main

import "fmt"

type box struct {
	w, h int
}

func area(b *box) int {
	return b.w * b.h
}

func main() {
	fmt.Println(area(&box{2, 3}))
	var b *box
	fmt.Println(area(b))
}
