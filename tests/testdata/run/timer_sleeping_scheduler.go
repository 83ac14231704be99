package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	// Main blocks on a timer channel with nothing else runnable: the
	// scheduler sleeps until it fires.
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("woke from timer")

	// Sleepers and timers interleave by due time.
	var mu sync.Mutex
	var seq []int
	var wg sync.WaitGroup
	for _, ms := range []int{80, 10, 150, 40} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ms%20 == 0 {
				<-time.After(time.Duration(ms) * time.Millisecond)
			} else {
				time.Sleep(time.Duration(ms) * time.Millisecond)
			}
			mu.Lock()
			seq = append(seq, ms)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(seq)

	// Many timers at once.
	const n = 200
	c := make(chan int, n)
	for i := 0; i < n; i++ {
		time.AfterFunc(time.Duration(i%7)*time.Millisecond, func() { c <- i })
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	fmt.Println("sum", sum)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("goroutines", runtime.NumGoroutine())

	// Many timers stopped before they fire leave nothing behind.
	var ts []*time.Timer
	for i := 0; i < 50; i++ {
		ts = append(ts, time.NewTimer(time.Duration(100+i)*time.Millisecond))
	}
	stopped := 0
	for _, t := range ts {
		if t.Stop() {
			stopped++
		}
	}
	fmt.Println("stopped", stopped)
}
