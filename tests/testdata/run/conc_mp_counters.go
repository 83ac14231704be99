package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type counters struct {
	mu      sync.Mutex
	n       int
	rw      sync.RWMutex
	m       map[int]int
	atomic  int64
	atomic2 atomic.Int32
	cas     uint32
}

func run(procs, workers, iters int) {
	runtime.GOMAXPROCS(procs)
	c := &counters{m: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				c.mu.Lock()
				c.n++
				c.mu.Unlock()
				atomic.AddInt64(&c.atomic, 2)
				c.atomic2.Add(1)
				for {
					old := atomic.LoadUint32(&c.cas)
					if atomic.CompareAndSwapUint32(&c.cas, old, old+3) {
						break
					}
				}
				if i%10 == 0 {
					c.rw.Lock()
					c.m[w]++
					c.rw.Unlock()
				} else {
					c.rw.RLock()
					_ = c.m[w]
					c.rw.RUnlock()
				}
			}
		}(w)
	}
	wg.Wait()
	sum := 0
	for _, v := range c.m {
		sum += v
	}
	fmt.Println(procs, workers, iters, "mutex", c.n, "atomic", c.atomic, c.atomic2.Load(), "cas", c.cas, "rw", sum, len(c.m))
}

func main() {
	for _, procs := range []int{2, 4, 8} {
		run(procs, 8, 20000)
		run(procs, 3, 50000)
	}
	// TryLock under contention: every success is counted exactly once
	runtime.GOMAXPROCS(4)
	var mu sync.Mutex
	var got, total int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				if mu.TryLock() {
					got++
					mu.Unlock()
					atomic.AddInt64(&total, 1)
				} else {
					mu.Lock()
					got++
					mu.Unlock()
					atomic.AddInt64(&total, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("trylock", got, total)
}
