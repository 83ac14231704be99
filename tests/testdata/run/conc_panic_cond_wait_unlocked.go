package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	go func() {
		for {
			mu.Lock()
			c.Broadcast()
			mu.Unlock()
		}
	}()
	fmt.Println("waiting without holding the lock")
	c.Wait()
}
