package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *counter) inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

type stats struct {
	sync.RWMutex
	*counter
	total int
}

func main() {
	c := &counter{counts: make(map[string]int)}
	text := "the cat and the dog and the bird saw the cat"
	var wg sync.WaitGroup
	for range 20 {
		for _, w := range strings.Fields(text) {
			wg.Go(func() { c.inc(w) })
		}
	}
	wg.Wait()
	keys := make([]string, 0, len(c.counts))
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.counts[k], " ")
	}
	fmt.Println()

	// Ambiguous Lock is avoided by naming the embedded field.
	s := &stats{counter: c}
	for range 10 {
		wg.Go(func() {
			s.RWMutex.Lock()
			s.total++
			s.RWMutex.Unlock()
			s.counter.Lock()
			s.counts["extra"]++
			s.counter.Unlock()
		})
	}
	wg.Wait()
	s.RLock()
	fmt.Println(s.total, s.counts["extra"])
	s.RUnlock()

	// A value receiver would copy the mutex; a pointer keeps it shared.
	type guarded struct {
		mu sync.Mutex
		n  int
	}
	gs := make([]guarded, 3)
	for i := range 30 {
		wg.Go(func() {
			g := &gs[i%3]
			g.mu.Lock()
			g.n += i
			g.mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(gs[0].n, gs[1].n, gs[2].n)
}
