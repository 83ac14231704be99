package main

import (
	"fmt"
	"time"
)

func query(delay time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		if delay > 0 {
			time.Sleep(delay)
		}
		c <- v
	}()
	return c
}

func main() {
	// The answer arrives long before the timeout.
	select {
	case v := <-query(0, "fast"):
		fmt.Println("got", v)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	// The answer never arrives in time.
	select {
	case v := <-query(10*time.Second, "slow"):
		fmt.Println("got", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	}
	// A per-iteration timeout in a loop over results.
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	for {
		select {
		case v := <-results:
			fmt.Println("result", v)
			continue
		case <-time.After(20 * time.Millisecond):
			fmt.Println("no more results")
		}
		break
	}
	// One overall deadline for several receives.
	deadline := time.After(30 * time.Millisecond)
	c := make(chan int)
	go func() {
		c <- 1
		c <- 2
	}()
	got := 0
	for got >= 0 {
		select {
		case v := <-c:
			got += v
		case <-deadline:
			fmt.Println("deadline, got", got)
			got = -1
		}
	}
	// time.Tick-based heartbeat with a bounded count.
	hb := time.Tick(time.Millisecond)
	for i := 0; i < 3; i++ {
		<-hb
	}
	fmt.Println("three beats")
}
