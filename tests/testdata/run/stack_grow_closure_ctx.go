package main

// A closure whose first frame does not fit the new goroutine's stack: morestack runs at
// its prologue and must keep its context register (RDX), the closure pointer.

import "fmt"

func run(k int) int {
	x, y := 5, 7
	g := func(v int) int {
		var big [4000]int
		big[v%4000] = v
		x += v
		return y + big[v%4000] + helper(&big)
	}
	return g(k) + g(k+1) + x
}

//go:noinline
func helper(b *[4000]int) int { return b[3] + b[3999] }

func main() {
	done := make(chan int)
	for _, d := range []int{1, 2, 3} {
		go func() { done <- run(d) }()
		fmt.Println(<-done)
	}
}
