// env: GOMAXPROCS=8

package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Goroutines spin on an atomic flag: with preemption (or real parallelism) the
// setter eventually runs even though the spinners never block.
func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	var flag atomic.Bool
	var seen atomic.Int32
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			for !flag.Load() {
			}
			seen.Add(1)
		})
	}
	wg.Go(func() { flag.Store(true) })
	wg.Wait()
	fmt.Println("seen:", seen.Load())
}
