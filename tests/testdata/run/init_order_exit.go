// Checks package variables initialised out of source order, two init functions, recursive fib and os.Exit(3).
package main

import (
	"fmt"
	"os"
)

var a = b + 1

var b = f()

var c = a * 10

func f() int {
	fmt.Println("f called, initialising b")
	return 41
}

func init() {
	fmt.Println("first init: a =", a, "b =", b, "c =", c)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func init() {
	fmt.Println("second init")
	c++
}

func main() {
	fmt.Println("main: c =", c)
	for i := 0; i <= 15; i++ {
		fmt.Println("fib", i, "=", fib(i))
	}
	os.Exit(3)
}
