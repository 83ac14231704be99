// Slicing arrays shares their storage; slices of pointers to arrays.
package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	var a [6]int
	fill(a[1:3], 7)
	fmt.Println(a)
	s := a[:]
	s[5] = 9
	fmt.Println(a, len(s), cap(s))
	t := a[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 1)
	fmt.Println(a)
	p := &a
	u := p[4:]
	u[0] = 4
	fmt.Println(a, len(p))
}
