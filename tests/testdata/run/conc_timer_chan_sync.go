package main

import (
	"fmt"
	"time"
)

func main() {
	// Go 1.23+: timer channels are unbuffered (len and cap 0).
	t := time.NewTimer(time.Hour)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	t.Stop()
	tk := time.NewTicker(time.Hour)
	fmt.Println("ticker len/cap:", len(tk.C), cap(tk.C))
	tk.Stop()

	// Zero and negative durations fire at once.
	<-time.After(0)
	<-time.After(-time.Second)
	t0 := time.NewTimer(0)
	<-t0.C
	fmt.Println("zero timers fired")
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("zero sleeps returned")

	// A fired timer whose value was received can be reset and fires again.
	t = time.NewTimer(time.Millisecond)
	<-t.C
	fmt.Println("reset returns:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired twice")

	// Many unreferenced time.After timers in a loop are fine.
	c := make(chan int)
	go func() {
		for i := 0; i < 1000; i++ {
			c <- i
		}
		close(c)
	}()
	n := 0
	for done := false; !done; {
		select {
		case _, ok := <-c:
			if !ok {
				done = true
			} else {
				n++
			}
		case <-time.After(time.Minute):
			fmt.Println("timeout")
			done = true
		}
	}
	fmt.Println("received:", n)

	// The time received is not before the timer was created.
	start := time.Now()
	at := <-time.After(2 * time.Millisecond)
	fmt.Println("sent time after start:", !at.Before(start), time.Since(start) >= 2*time.Millisecond)
}
