package main

import (
	"fmt"
	"runtime"
	"sync"
)

// countPrimes counts the primes in [lo, hi) by trial division: pure CPU work.
func countPrimes(lo, hi int) int {
	n := 0
	for x := lo; x < hi; x++ {
		if x < 2 {
			continue
		}
		prime := true
		for d := 2; d*d <= x; d++ {
			if x%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			n++
		}
	}
	return n
}

func main() {
	for _, procs := range []int{1, 2, 4, 8} {
		runtime.GOMAXPROCS(procs)
		const workers = 8
		const span = 20000
		results := make([]int, workers)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				results[w] = countPrimes(w*span, (w+1)*span)
			}(w)
		}
		wg.Wait()
		total := 0
		for _, r := range results {
			total += r
		}
		fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0), "primes below", workers*span, "=", total, results)
	}
	// results combined through a channel, in order of worker id
	ch := make(chan [2]int)
	for w := 0; w < 6; w++ {
		go func(w int) {
			s := 0
			for i := 0; i < 3000000; i++ {
				s += (i * w) % 7
			}
			ch <- [2]int{w, s}
		}(w)
	}
	sums := make([]int, 6)
	for i := 0; i < 6; i++ {
		r := <-ch
		sums[r[0]] = r[1]
	}
	fmt.Println(sums)
}
