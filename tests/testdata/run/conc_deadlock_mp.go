package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 1000000; i++ {
				sums[w] += i % (w + 2)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(sums)
	var mu sync.Mutex
	mu.Lock()
	mu.Lock() // every goroutine is asleep: a deadlock, found with 4 Ps
}
