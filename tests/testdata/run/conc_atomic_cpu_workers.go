package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

// CPU-bound workers and shared atomic counters: whatever the number of threads
// running them, the results are the same.

func primes(lo, hi int) int {
	n := 0
	for x := lo; x < hi; x++ {
		if x < 2 {
			continue
		}
		p := true
		for d := 2; d*d <= x; d++ {
			if x%d == 0 {
				p = false
				break
			}
		}
		if p {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	fmt.Println("GOMAXPROCS >= 1:", runtime.GOMAXPROCS(0) >= 1)
	var counter atomic.Int64
	var hits [16]atomic.Int32
	var mu sync.Mutex
	plain := 0
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				counter.Add(1)
				hits[(i+j)%16].Add(1)
				if j%100 == 0 {
					mu.Lock()
					plain++
					mu.Unlock()
					runtime.Gosched()
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("counter", counter.Load(), "plain", plain)
	for i := range hits {
		fmt.Print(hits[i].Load(), " ")
	}
	fmt.Println()

	type res struct{ lo, n int }
	out := make(chan res)
	const chunk = 25000
	for w := 0; w < 8; w++ {
		go func(w int) {
			out <- res{w * chunk, primes(w*chunk, (w+1)*chunk)}
		}(w)
	}
	var all []res
	for w := 0; w < 8; w++ {
		all = append(all, <-out)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].lo < all[j].lo })
	total := 0
	for _, r := range all {
		fmt.Println("primes from", r.lo, ":", r.n)
		total += r.n
	}
	fmt.Println("total", total)
}
