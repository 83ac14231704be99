package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 10000
	var wg sync.WaitGroup
	var sum atomic.Int64
	var mu sync.Mutex
	buckets := make(map[int]int)
	for i := range n {
		wg.Go(func() {
			sum.Add(int64(i))
			mu.Lock()
			buckets[i%7]++
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("sum:", sum.Load())
	for k := 0; k < 7; k++ {
		fmt.Print(buckets[k], " ")
	}
	fmt.Println()

	// 10k goroutines all blocked at once, then released through one channel each.
	chans := make([]chan int, n)
	results := make(chan int, n)
	for i := range n {
		chans[i] = make(chan int)
		go func() {
			v := <-chans[i]
			results <- v * 2
		}()
	}
	for i := range n {
		chans[i] <- i
	}
	total := 0
	for range n {
		total += <-results
	}
	fmt.Println("total:", total)

	// A chain of 10k goroutines passing a token along.
	first := make(chan int)
	in := first
	for range n {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println("chain:", <-in)
}
