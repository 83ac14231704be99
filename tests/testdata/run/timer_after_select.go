package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v int) <-chan int {
	c := make(chan int, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	// A result that comes in time beats the timeout.
	select {
	case v := <-slow(5*time.Millisecond, 1):
		fmt.Println("result", v)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout")
	}
	// A timeout that comes first wins.
	select {
	case v := <-slow(400*time.Millisecond, 2):
		fmt.Println("result", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	// The earliest of several timers.
	a := time.After(200 * time.Millisecond)
	b := time.After(10 * time.Millisecond)
	c := time.After(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case <-a:
			fmt.Println("a")
		case <-b:
			fmt.Println("b")
		case <-c:
			fmt.Println("c")
		}
	}
	// A received value is a time after the start.
	start := time.Now()
	t := <-time.After(5 * time.Millisecond)
	fmt.Println(!t.Before(start), time.Since(start) >= 5*time.Millisecond)
	// Non-positive durations fire at once.
	<-time.After(0)
	<-time.After(-time.Second)
	fmt.Println("immediate")
	// A timeout loop: poll until a deadline.
	deadline := time.After(60 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-deadline:
			break loop
		default:
			if ticks < 3 {
				ticks++
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	fmt.Println("ticks", ticks)
}
