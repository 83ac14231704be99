package main

// Two goroutines blocked for ever and main blocked on a send: the deadlock report
// lists each with its frames and where it was created.

import "sync"

func waiter(c chan int, wg *sync.WaitGroup) {
	wg.Done()
	<-c
}

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	wg.Add(2)
	go waiter(c, &wg)
	go waiter(c, &wg)
	wg.Wait()
	c2 := make(chan int)
	c2 <- 1
}
