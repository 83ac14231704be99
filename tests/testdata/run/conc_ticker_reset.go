package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)
	// After Stop no tick arrives.
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("quiet after stop")
	}
	// Reset restarts a stopped ticker with a new period.
	tk.Reset(time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("ticking again")
	tk.Stop()

	// A ticker and a done channel in a select loop.
	tk = time.NewTicker(time.Millisecond)
	defer tk.Stop()
	done := make(chan struct{})
	go func() {
		time.Sleep(30 * time.Millisecond)
		close(done)
	}()
	count := 0
loop:
	for {
		select {
		case <-tk.C:
			count++
		case <-done:
			break loop
		}
	}
	fmt.Println("some ticks:", count > 0)

	// Ticker with a non-positive period panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
