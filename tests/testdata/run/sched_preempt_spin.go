package main

// A goroutine spinning in a loop without calls or blocking must not keep main
// from waking up after its sleep: the loop's back-edge is a preemption point.

import (
	"fmt"
	"time"
)

var x int

func main() {
	go func() {
		for {
			x++
		}
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main woke up while the spinner spins")
}
