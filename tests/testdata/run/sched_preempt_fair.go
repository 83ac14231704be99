package main

// Three goroutines each spin until all three have made progress: without
// preemption the first to run would spin forever (GOMAXPROCS=1).

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var counts [3]atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				counts[i].Add(1)
				all := true
				for j := range counts {
					if counts[j].Load() < 1000 {
						all = false
					}
				}
				if all {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("every goroutine made progress")
}
