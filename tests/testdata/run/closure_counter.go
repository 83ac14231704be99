// Closures capture variables by reference: counters, shared state between closures.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	inc, reset := counter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	inc2, _ := counter()
	fmt.Println(inc2(), inc())
	x := 1
	set := func(v int) { x = v }
	get := func() int { return x }
	set(42)
	fmt.Println(x, get())
	x = 7
	fmt.Println(get())
}
