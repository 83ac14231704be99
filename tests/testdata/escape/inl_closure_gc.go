package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(add(1, 2))
	k := 3
	mul := func(x int) int { return x * k }
	fmt.Println(apply(mul, 4))
	func() { fmt.Println("iife") }()
}
