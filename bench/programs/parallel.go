// parallel: CPU-bound goroutines running in parallel. The work (N iterations of an
// integer hash mix per goroutine) is split over 8 goroutines that share nothing but a
// WaitGroup; with several Ps they run at once. Prints the combined checksum.
//
// usage: parallel N
package main

import (
	"fmt"
	"os"
	"sync"
)

// atoi parses a non-negative decimal argument by hand.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func work(seed uint64, n int) uint64 {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x >> 33
		x *= 0xff51afd7ed558ccd
		x ^= x >> 29
		x += uint64(i)
	}
	return x
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	const workers = 8
	results := make([]uint64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			results[w] = work(uint64(w)+1, n/workers)
		}(w)
	}
	wg.Wait()
	var sum uint64
	for _, r := range results {
		sum ^= r
	}
	fmt.Println(sum)
}
