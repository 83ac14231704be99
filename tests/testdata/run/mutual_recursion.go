// Checks mutually recursive functions and deep recursion (Ackermann, even/odd, Hofstadter sequences).
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func female(n int) int {
	if n == 0 {
		return 1
	}
	return n - male(female(n-1))
}

func male(n int) int {
	if n == 0 {
		return 0
	}
	return n - female(male(n-1))
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	fmt.Println(isEven(10), isOdd(10), isEven(7), isOdd(7), isEven(10001))
	for i := 0; i < 15; i++ {
		fmt.Print(female(i), ":", male(i), " ")
	}
	fmt.Println()
	fmt.Println(ack(2, 3), ack(3, 3))
	depth := 0
	for i := 0; i < 10000; i++ {
		depth++
	}
	fmt.Println(isEven(depth))
}
