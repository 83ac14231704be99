package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			results[i] = fmt.Sprintf("job%02d", i)
			running.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("peak within limit:", peak.Load() >= 1 && peak.Load() <= limit)
	fmt.Println("running:", running.Load(), "sem len:", len(sem))
	sort.Strings(results)
	fmt.Println(results[0], results[19], len(results))

	// TryAcquire with select/default.
	for i := 0; i < limit; i++ {
		sem <- struct{}{}
	}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired beyond limit")
	default:
		fmt.Println("full, would block")
	}
	<-sem
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired after release")
	default:
		fmt.Println("still full")
	}
}
