// Pointers to locals: &x, *p loads and stores, pointer to pointer, new(T).
package main

import "fmt"

func main() {
	a := 1
	p := &a
	*p = 10
	fmt.Println(a, *p)
	*p += 5
	a++
	fmt.Println(a, *p)
	pp := &p
	**pp = 42
	fmt.Println(a, **pp)
	n := new(int)
	fmt.Println(*n)
	*n = 7
	m := n
	*m *= 3
	fmt.Println(*n, *m)
	s := new(string)
	*s = "hello"
	*s += " world"
	fmt.Println(*s, len(*s))
	b := new(bool)
	fmt.Println(*b, !*b)
}
