// env: GOMAXPROCS=1

package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

var sink int

// With a single P, goroutines that never block must still be preempted so
// that main's timer fires and the program ends.
func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	var stop atomic.Bool
	var iters atomic.Int64
	for range 3 {
		go func() {
			n := 0
			for !stop.Load() {
				n++
			}
			iters.Add(int64(n))
		}()
	}
	go func() {
		for {
		}
	}()
	time.Sleep(20 * time.Millisecond)
	stop.Store(true)
	fmt.Println("main ran again after the sleep")
	// A loop with no function calls and no memory loads.
	x := 0
	go func() {
		for i := 0; ; i++ {
			x ^= i
		}
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("and again")
}
