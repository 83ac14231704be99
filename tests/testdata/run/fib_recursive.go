// Checks recursive functions: naive fibonacci and factorial.
package main

import "fmt"

func fib(n int) int {
	if n <= 1 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	for i := 0; i < 25; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	for i := 0; i <= 20; i++ {
		fmt.Println(i, "! =", fact(i))
	}
	fmt.Println("fib(30) =", fib(30))
}
