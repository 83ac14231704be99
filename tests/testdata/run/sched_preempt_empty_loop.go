package main

// An empty infinite loop (for {}) is still preemptible with one P.

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 3; i++ {
		go func() {
			for {
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("three empty loops running; main still gets the CPU")
}
