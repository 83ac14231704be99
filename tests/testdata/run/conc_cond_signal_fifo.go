package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Cond.Signal wakes waiters in the order they started waiting.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	waiting := 0
	var order []int
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Wait()
			order = append(order, i)
			mu.Unlock()
		}()
		// Wait until goroutine i is inside Wait before starting the next one.
		for {
			mu.Lock()
			n := waiting
			mu.Unlock()
			if n == i+1 {
				break
			}
			runtime.Gosched()
		}
	}
	for i := 0; i < 6; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		// Let the woken goroutine record itself before the next signal.
		for {
			mu.Lock()
			n := len(order)
			mu.Unlock()
			if n == i+1 {
				break
			}
			runtime.Gosched()
		}
	}
	wg.Wait()
	fmt.Println(order)
	// Signal and Broadcast with no waiters do nothing.
	cond.Signal()
	cond.Broadcast()
	fmt.Println("done")
}
