package main

// Goroutines are preempted while they hold the only pointers to their lists
// (in registers or frame slots) and spin at a barrier that only preemption lets
// the others reach; collections triggered by the others' allocation must keep
// those lists alive (GOMAXPROCS=1).

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type node struct {
	next *node
	v    int
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{head, i * seed}
		if i%100 == 0 {
			_ = make([]byte, 4000) // garbage, to trigger collections
		}
	}
	return head
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(1)
	const workers, rounds = 4, 6
	var wg sync.WaitGroup
	var arrived [rounds]atomic.Int64
	res := make([]int, workers)
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := 0
			for r := 0; r < rounds; r++ {
				h := build(20000, k+r)
				arrived[r].Add(1)
				for arrived[r].Load() < workers { // spin until every worker has built
				}
				t += sum(h)
			}
			res[k] = t
		}()
	}
	wg.Wait()
	fmt.Println(res)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("collected:", m.NumGC > 0)
}
