package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	inc, reset := counter()
	inc()
	inc()
	reset()
	fmt.Println(inc())
	x := 1
	add := func(d int) { x += d }
	add(5)
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred", i) }()
	}
	acc := make([]func(), 0)
	for i := 0; i < 3; i++ {
		i := i * 2
		acc = append(acc, func() { fmt.Print(i) })
		i++
	}
	for _, f := range acc {
		f()
	}
	fmt.Println()
	// loop var modified in body affects next iteration copy
	for i := 0; i < 5; i++ {
		f := func() { i++ }
		f()
		fmt.Print(i, ";")
	}
	fmt.Println()
}
