package main

import (
	"fmt"
	"runtime"
	"sync"
)

// With GOMAXPROCS(1) the order is gc's: a goroutine started or woken by the
// running one runs next (runnext), pushing the previous candidate to the back
// of the queue.
func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
	c := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			v := <-c
			fmt.Println("receiver", i, "got", v)
			done <- true
		}()
	}
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		c <- i * 10
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
