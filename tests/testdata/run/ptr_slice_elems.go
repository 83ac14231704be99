// Pointers into slice elements and pointers stored in slices.
package main

import "fmt"

func main() {
	xs := make([]int, 5)
	for i := range xs {
		p := &xs[i]
		*p = i * 3
	}
	fmt.Println(xs)
	last := &xs[len(xs)-1]
	*last = -1
	fmt.Println(xs)
	a, b, c := 1, 2, 3
	ptrs := []*int{&a, &b, &c}
	for _, p := range ptrs {
		*p *= 10
	}
	fmt.Println(a, b, c)
	bs := []byte("hello")
	bp := &bs[0]
	*bp = 'j'
	fmt.Println(string(bs))
}
