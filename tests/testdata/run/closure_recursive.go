// Recursion through closure variables, and nested closures capturing outer closures' variables.
package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	memo := []int{0, 1}
	var fib func(int) int
	fib = func(n int) int {
		for len(memo) <= n {
			memo = append(memo, -1)
		}
		if memo[n] >= 0 {
			return memo[n]
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), len(memo))
	depth := 0
	outer := func() func() int {
		depth++
		return func() int {
			depth += 10
			return depth
		}
	}
	inner := outer()
	fmt.Println(inner(), depth)
	var walk func(n int) []int
	walk = func(n int) []int {
		if n == 0 {
			return nil
		}
		return append(walk(n-1), n)
	}
	fmt.Println(walk(5))
}
