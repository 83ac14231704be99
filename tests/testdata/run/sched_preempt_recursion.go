package main

// A computation made only of calls (no loops) is preempted at function
// prologues: the recursive fib below would take years.

import (
	"fmt"
	"runtime"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

var sink int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		sink = fib(90)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main runs while fib(90) computes; fib(20) =", fib(20))
}
