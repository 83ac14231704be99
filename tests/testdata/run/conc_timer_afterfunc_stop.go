package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var fired atomic.Int32
	t := time.AfterFunc(time.Hour, func() { fired.Add(1) })
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("C is nil:", t.C == nil)

	done := make(chan int, 3)
	t = time.AfterFunc(time.Millisecond, func() { done <- 1 })
	fmt.Println("ran:", <-done)
	fmt.Println("stop after run:", t.Stop())
	fmt.Println("reset after run:", t.Reset(time.Millisecond))
	fmt.Println("ran again:", <-done)

	// Reset a pending AfterFunc timer: it runs once.
	t = time.AfterFunc(time.Hour, func() { done <- 2 })
	fmt.Println("reset pending:", t.Reset(2*time.Millisecond))
	fmt.Println("ran:", <-done)

	// Timers never fire early, whatever order the callbacks are scheduled in.
	early := make(chan bool, 5)
	start := time.Now()
	for i := 5; i >= 1; i-- {
		d := time.Duration(i) * 3 * time.Millisecond
		time.AfterFunc(d, func() { early <- time.Since(start) < d })
	}
	anyEarly := false
	for range 5 {
		anyEarly = anyEarly || <-early
	}
	fmt.Println("any early:", anyEarly)

	// A stopped timer's function never runs.
	time.Sleep(5 * time.Millisecond)
	fmt.Println("fired:", fired.Load())
}
