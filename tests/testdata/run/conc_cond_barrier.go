package main

import (
	"fmt"
	"sync"
)

// barrier is a reusable (cyclic) barrier built on sync.Cond.
type barrier struct {
	mu      sync.Mutex
	cond    *sync.Cond
	n       int
	waiting int
	phase   int
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *barrier) await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	phase := b.phase
	b.waiting++
	if b.waiting == b.n {
		b.waiting = 0
		b.phase++
		b.cond.Broadcast()
		return
	}
	for phase == b.phase {
		b.cond.Wait()
	}
}

func main() {
	const workers = 6
	const phases = 5
	b := newBarrier(workers)
	var mu sync.Mutex
	arrivals := make([]int, phases)
	var errs []string
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for ph := range phases {
				mu.Lock()
				arrivals[ph]++
				// Nobody may be in phase ph before all finished phase ph-1.
				if ph > 0 && arrivals[ph-1] != workers {
					errs = append(errs, fmt.Sprint("worker ", w, " early in phase ", ph))
				}
				mu.Unlock()
				b.await()
			}
		})
	}
	wg.Wait()
	fmt.Println(arrivals, "errors:", len(errs), "phase:", b.phase)
}
