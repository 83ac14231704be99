// Checks slice expressions: shared backing arrays, capacity of sub-slices and full slice expressions.
package main

import "fmt"

func main() {
	base := make([]int, 10)
	for i := range base {
		base[i] = i
	}
	a := base[2:5]
	fmt.Println(len(a), cap(a), a[0], a[2])
	a[0] = 200
	fmt.Println(base[2])
	b := a[1:7]
	fmt.Println(len(b), cap(b), b[5])
	c := base[:0]
	fmt.Println(len(c), cap(c))
	c = append(c, 42)
	fmt.Println(base[0])
	d := base[8:]
	d = append(d, 10)
	d[0] = -8
	fmt.Println(base[8], d[0], len(d))
	e := base[1:3:4]
	fmt.Println(len(e), cap(e))
	e = append(e, 33)
	fmt.Println(base[3])
	e = append(e, 44)
	e[0] = -1
	fmt.Println(base[1], e[0], e[3])
	f := base[:]
	fmt.Println(len(f), cap(f))
	g := base[len(base):]
	fmt.Println(len(g), cap(g))
	h := make([]int, 2, 5)
	i := h[:4]
	i[3] = 7
	fmt.Println(len(i), i[3], h[:5][3])
}
