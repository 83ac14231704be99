package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	start := make(chan struct{})
	var ready, woke sync.WaitGroup
	var n atomic.Int32
	for range 100 {
		ready.Add(1)
		woke.Add(1)
		go func() {
			ready.Done()
			<-start
			n.Add(1)
			woke.Done()
		}()
	}
	ready.Wait()
	fmt.Println("before close:", n.Load())
	close(start)
	woke.Wait()
	fmt.Println("after close:", n.Load())

	// A closed buffered channel still delivers its values, then zeros.
	c := make(chan string, 3)
	c <- "x"
	c <- "y"
	close(c)
	fmt.Println(len(c), cap(c))
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Printf("%q %v %d\n", v, ok, len(c))
	}

	// Receivers blocked in select see the close.
	done := make(chan bool)
	results := make(chan string, 5)
	for i := range 5 {
		go func() {
			select {
			case _, ok := <-done:
				results <- fmt.Sprint("closed ", !ok)
			}
			_ = i
		}()
	}
	close(done)
	for range 5 {
		fmt.Println(<-results)
	}
	// Receive from a closed channel in a select with default never takes default.
	select {
	case v, ok := <-done:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("default")
	}
}
