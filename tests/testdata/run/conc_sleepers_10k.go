package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	// 10k goroutines sleeping for different durations; all must wake.
	var wg sync.WaitGroup
	var woke atomic.Int64
	start := time.Now()
	for i := range 10000 {
		wg.Go(func() {
			time.Sleep(time.Duration(i%20) * time.Millisecond)
			woke.Add(int64(i))
		})
	}
	wg.Wait()
	fmt.Println("woke sum:", woke.Load(), "took at least 19ms:", time.Since(start) >= 19*time.Millisecond)

	// 2000 goroutines each waiting on its own timer in a select.
	results := make(chan int, 2000)
	for i := range 2000 {
		go func() {
			t := time.NewTimer(time.Duration(i%7) * time.Millisecond)
			defer t.Stop()
			never := make(chan int)
			select {
			case <-t.C:
				results <- 1
			case <-never:
				results <- 0
			}
		}()
	}
	n := 0
	for range 2000 {
		n += <-results
	}
	fmt.Println("timers fired:", n)

	// 1000 timers stopped before firing; none fires.
	var fired atomic.Int32
	timers := make([]*time.Timer, 1000)
	for i := range timers {
		timers[i] = time.AfterFunc(time.Duration(50+i%10)*time.Millisecond, func() { fired.Add(1) })
	}
	stopped := 0
	for _, t := range timers {
		if t.Stop() {
			stopped++
		}
	}
	time.Sleep(80 * time.Millisecond)
	fmt.Println("stopped:", stopped, "fired:", fired.Load())
}
