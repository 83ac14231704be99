// env: GOMAXPROCS=2

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func stage(in <-chan []int, f func(int) int) <-chan []int {
	out := make(chan []int, 2)
	go func() {
		defer close(out)
		for batch := range in {
			res := make([]int, len(batch))
			for i, v := range batch {
				res[i] = f(v)
			}
			out <- res
		}
	}()
	return out
}

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	src := make(chan []int)
	go func() {
		defer close(src)
		for b := 0; b < 50; b++ {
			batch := make([]int, 100)
			for i := range batch {
				batch[i] = b*100 + i
			}
			src <- batch
		}
	}()
	out := stage(stage(stage(src, func(v int) int { return v * 3 }), func(v int) int { return v + 1 }), func(v int) int { return v % 1000 })
	// Fan the last stage out to several consumers.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total, batches := 0, 0
	for range 3 {
		wg.Go(func() {
			for b := range out {
				s := 0
				for _, v := range b {
					s += v
				}
				mu.Lock()
				total += s
				batches++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("batches:", batches, "total:", total)
}
