package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	add := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
		wg.Done()
	}
	wg.Add(3)
	time.AfterFunc(100*time.Millisecond, func() { add("slow") })
	time.AfterFunc(10*time.Millisecond, func() { add("fast") })
	time.AfterFunc(50*time.Millisecond, func() { add("middle") })
	cancelled := time.AfterFunc(30*time.Millisecond, func() { add("cancelled") })
	fmt.Println("stop:", cancelled.Stop())
	wg.Wait()
	fmt.Println(order)

	// The function runs in its own goroutine: it may block.
	c := make(chan int)
	time.AfterFunc(time.Millisecond, func() {
		c <- 1
		c <- 2
	})
	fmt.Println(<-c, <-c)

	// A stopped AfterFunc timer reports false once it has run.
	done := make(chan bool)
	t := time.AfterFunc(time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("stop after run:", t.Stop())
	fmt.Println("reset after run:", t.Reset(5*time.Millisecond))
	<-done
	fmt.Println("ran again")

	// A function that re-arms its own timer.
	n := 0
	var self *time.Timer
	finished := make(chan bool)
	self = time.AfterFunc(2*time.Millisecond, func() {
		n++
		if n < 4 {
			self.Reset(2 * time.Millisecond)
			return
		}
		finished <- true
	})
	<-finished
	fmt.Println("runs:", n)

	// Only an AfterFunc is pending: the program waits for it instead of
	// reporting a deadlock.
	var wg2 sync.WaitGroup
	wg2.Add(1)
	time.AfterFunc(20*time.Millisecond, wg2.Done)
	wg2.Wait()
	fmt.Println("end")
}
