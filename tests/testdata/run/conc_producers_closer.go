package main

import (
	"fmt"
	"sync"
)

func main() {
	data := make(chan int, 8)
	var producers sync.WaitGroup
	for p := 1; p <= 4; p++ {
		producers.Go(func() {
			for i := 0; i < 250; i++ {
				data <- p
			}
		})
	}
	// The closer waits for all producers, then closes: consumers' range loops end.
	go func() {
		producers.Wait()
		close(data)
	}()
	var consumers sync.WaitGroup
	sums := make([]int, 3)
	for c := range 3 {
		consumers.Go(func() {
			for v := range data {
				sums[c] += v
			}
		})
	}
	consumers.Wait()
	fmt.Println("total:", sums[0]+sums[1]+sums[2])
	_, ok := <-data
	fmt.Println("closed:", !ok)

	// A done channel lets consumers stop producers early.
	done := make(chan struct{})
	nums := make(chan int)
	var stopped sync.WaitGroup
	for p := range 3 {
		stopped.Go(func() {
			for i := p; ; i += 3 {
				select {
				case nums <- i:
				case <-done:
					return
				}
			}
		})
	}
	seen := 0
	for range 100 {
		<-nums
		seen++
	}
	close(done)
	stopped.Wait()
	fmt.Println("seen:", seen, "producers stopped")
}
