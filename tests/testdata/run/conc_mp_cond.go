package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A reusable barrier on sync.Cond: every round all parties wait for the last.
type barrier struct {
	mu      sync.Mutex
	cond    *sync.Cond
	n       int
	waiting int
	round   int
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *barrier) wait() {
	b.mu.Lock()
	r := b.round
	b.waiting++
	if b.waiting == b.n {
		b.waiting = 0
		b.round++
		b.cond.Broadcast()
	} else {
		for r == b.round {
			b.cond.Wait()
		}
	}
	b.mu.Unlock()
}

func main() {
	runtime.GOMAXPROCS(4)
	const parties = 6
	const rounds = 300
	b := newBarrier(parties)
	var mu sync.Mutex
	order := make([]int, rounds) // how many parties finished each round's work
	var wg sync.WaitGroup
	for p := 0; p < parties; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				mu.Lock()
				order[r]++
				if r > 0 && order[r-1] != parties {
					panic("barrier let a party through early")
				}
				mu.Unlock()
				b.wait()
			}
		}(p)
	}
	wg.Wait()
	ok := true
	for _, n := range order {
		if n != parties {
			ok = false
		}
	}
	fmt.Println("rounds", b.round, "ok", ok)

	// Broadcast wakes every waiter; Signal wakes one at a time
	var m sync.Mutex
	c := sync.NewCond(&m)
	ready := false
	woken := 0
	var wwg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wwg.Add(1)
		go func() {
			defer wwg.Done()
			m.Lock()
			for !ready {
				c.Wait()
			}
			woken++
			m.Unlock()
		}()
	}
	m.Lock()
	ready = true
	c.Broadcast()
	m.Unlock()
	wwg.Wait()
	fmt.Println("woken", woken)

	tokens := 0
	consumed := 0
	var cwg sync.WaitGroup
	for i := 0; i < 5; i++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for k := 0; k < 100; k++ {
				m.Lock()
				for tokens == 0 {
					c.Wait()
				}
				tokens--
				consumed++
				m.Unlock()
			}
		}()
	}
	for k := 0; k < 500; k++ {
		m.Lock()
		tokens++
		c.Signal()
		m.Unlock()
	}
	cwg.Wait()
	fmt.Println("consumed", consumed, "left", tokens)
}
