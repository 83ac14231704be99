package main

// While two goroutines spin forever, main's select with a timeout, a ticker and
// a result channel fed by a third goroutine still proceeds in order.

import (
	"fmt"
	"time"
)

func spin() {
	x := 0
	for {
		x++
	}
}

func main() {
	go spin()
	go spin()
	res := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 50000000; i++ {
			s += i & 3
		}
		time.Sleep(20 * time.Millisecond)
		res <- s
	}()
	select {
	case v := <-res:
		fmt.Println("too early", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout first")
	}
	fmt.Println("result", <-res)
	t := time.NewTicker(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t.C
		fmt.Println("tick", i)
	}
	t.Stop()
}
