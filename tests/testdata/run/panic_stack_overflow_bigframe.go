package main

import "fmt"

// Unbounded recursion with big frames (each larger than a new goroutine's whole
// stack) in a goroutine: gc's stack overflow report.

func f(n int) int {
	var big [2000]int
	big[n%2000] = n
	return f(n+1) + big[(n+1)%2000]
}

func main() {
	done := make(chan int)
	go func() { done <- f(0) }()
	fmt.Println(<-done)
}
