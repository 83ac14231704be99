package main

import (
	"fmt"
	"runtime"
	"sync"
)

type chunk struct {
	data [8192]int64
	next *chunk
}

// Eight goroutines allocate about 1 GiB in total but each keeps only its
// last four chunks: the heap must stay small.
func main() {
	var wg sync.WaitGroup
	sums := make([]int64, 8)
	for w := range 8 {
		wg.Go(func() {
			var ring [4]*chunk
			for i := 0; i < 2000; i++ {
				c := new(chunk)
				for j := range c.data {
					c.data[j] = int64(i + j)
				}
				c.next = ring[(i+1)%4]
				ring[i%4] = c
			}
			for _, c := range ring {
				sums[w] += c.data[100]
			}
		})
	}
	wg.Wait()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(sums)
	fmt.Println("heap in use below 64 MiB:", ms.HeapInuse < 64<<20)
	fmt.Println("total allocated above 900 MiB:", ms.TotalAlloc > 900<<20)
	fmt.Println("mallocs above 16000:", ms.Mallocs >= 16000)
}
