package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func settle(want int) int {
	for i := 0; i < 100000 && runtime.NumGoroutine() != want; i++ {
		runtime.Gosched()
		if i > 1000 {
			time.Sleep(time.Millisecond)
		}
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	var started sync.WaitGroup
	for range 25 {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(block)
	fmt.Println("after release:", settle(1))

	// Goroutines sleeping in timers still count.
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() { time.Sleep(20 * time.Millisecond) })
	}
	fmt.Println("sleeping:", runtime.NumGoroutine())
	wg.Wait()
	fmt.Println("after sleep:", settle(1))

	// A goroutine leaked on a channel nobody will write.
	leak := make(chan int)
	go func() { <-leak }()
	fmt.Println("with leak:", settle(2))
	leak <- 1
	fmt.Println("leak fixed:", settle(1))
}
