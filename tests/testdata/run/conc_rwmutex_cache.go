package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type cache struct {
	mu     sync.RWMutex
	data   map[string]int
	misses atomic.Int64
}

func (c *cache) get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) getOrCompute(k string, f func() int) int {
	if v, ok := c.get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok { // someone else filled it meanwhile
		return v
	}
	c.misses.Add(1)
	v := f()
	c.data[k] = v
	return v
}

func main() {
	c := &cache{data: make(map[string]int)}
	var wg sync.WaitGroup
	for g := range 32 {
		wg.Go(func() {
			for i := range 50 {
				k := fmt.Sprint("key", (g+i)%10)
				v := c.getOrCompute(k, func() int { return len(k) * 100 })
				if v != len(k)*100 {
					panic("bad value")
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("misses:", c.misses.Load())
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	// Readers and writers keep an invariant: a == b whenever no writer holds the lock.
	var mu sync.RWMutex
	a, b := 0, 0
	var bad atomic.Int32
	for w := range 4 {
		wg.Go(func() {
			for range 200 {
				mu.Lock()
				a++
				b++
				mu.Unlock()
			}
			_ = w
		})
	}
	for range 8 {
		wg.Go(func() {
			for range 200 {
				mu.RLock()
				if a != b {
					bad.Add(1)
				}
				mu.RUnlock()
			}
		})
	}
	wg.Wait()
	fmt.Println(a, b, "violations:", bad.Load())

	// RLocker adapts the read side to sync.Locker.
	var l sync.Locker = mu.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println("two read locks through RLocker; TryLock:", mu.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("TryLock:", mu.TryLock(), "TryRLock:", mu.TryRLock())
	mu.Unlock()
	fmt.Println("TryRLock:", mu.TryRLock())
	mu.RUnlock()
}
