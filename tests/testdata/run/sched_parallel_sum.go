package main

// A sum over 8 goroutines with a WaitGroup, each computing its own share
// without blocking; plus an RWMutex-guarded table read by 8 goroutines while
// a writer updates it.

import (
	"fmt"
	"sync"
)

func main() {
	const n = 40_000_000
	const parts = 8
	var wg sync.WaitGroup
	sums := make([]int64, parts)
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s int64
			for i := p * (n / parts); i < (p+1)*(n/parts); i++ {
				s += int64(i % 1000)
			}
			sums[p] = s
		}()
	}
	wg.Wait()
	var total int64
	for _, s := range sums {
		total += s
	}
	fmt.Println("sum:", total)

	var mu sync.RWMutex
	table := map[string]int{"a": 0}
	var readers sync.WaitGroup
	reads := make([]int, parts)
	for r := 0; r < parts; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := 0; i < 20000; i++ {
				mu.RLock()
				if table["a"] >= 0 {
					reads[r]++
				}
				mu.RUnlock()
			}
		}()
	}
	for i := 1; i <= 1000; i++ {
		mu.Lock()
		table["a"] = i
		mu.Unlock()
	}
	readers.Wait()
	all := 0
	for _, c := range reads {
		all += c
	}
	fmt.Println("reads:", all, "final:", table["a"])
}
