package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	c := counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.inc("all")
			if i%3 == 0 {
				c.inc("three")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["all"], c.m["three"])
	var mu sync.Mutex
	n := 0
	done := make(chan bool)
	for i := 0; i < 100; i++ {
		go func() {
			for j := 0; j < 100; j++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
			done <- true
		}()
	}
	for i := 0; i < 100; i++ {
		<-done
	}
	fmt.Println(n, mu.TryLock(), mu.TryLock())
}
