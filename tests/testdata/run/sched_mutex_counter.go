package main

// 100 goroutines × 1000 increments of a mutex-protected counter, with a busy
// loop inside the critical section, so goroutines are preempted while holding
// the lock and the others queue on it (GOMAXPROCS=1 and the default).

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
	// max holder count seen inside the critical section: must stay 1
	inside, worst int
}

func (c *counter) add() {
	c.mu.Lock()
	c.inside++
	if c.inside > c.worst {
		c.worst = c.inside
	}
	x := 0
	for i := 0; i < 2000; i++ { // long enough to be preempted now and then
		x += i
	}
	c.n += 1 + x - 1999000
	c.inside--
	c.mu.Unlock()
}

func run(procs int) {
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	var c counter
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.add()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", c.n, "most holders at once:", c.worst)
}

func main() {
	run(1)
	run(runtime.NumCPU())
}
