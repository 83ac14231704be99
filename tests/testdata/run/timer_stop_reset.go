package main

import (
	"fmt"
	"time"
)

func ready(c <-chan time.Time) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	// Stop before it fires.
	t := time.NewTimer(200 * time.Millisecond)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	time.Sleep(20 * time.Millisecond)
	fmt.Println("value after stop:", ready(t.C))

	// Fired and received: Stop reports false.
	t = time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("stop after receive:", t.Stop())

	// Fired but not received: Go 1.23 timers drop the value on Stop.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop unreceived:", t.Stop())
	fmt.Println("stale value:", ready(t.C))

	// Reset of a pending timer.
	t = time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")

	// Reset of a fired, unreceived timer: no stale value afterwards.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset unreceived:", t.Reset(200*time.Millisecond))
	fmt.Println("stale value:", ready(t.C))
	fmt.Println("stop:", t.Stop())

	// Reset of a stopped timer revives it.
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("revived")

	// A timer reused in a loop.
	t = time.NewTimer(time.Hour)
	for i := 0; i < 3; i++ {
		t.Reset(2 * time.Millisecond)
		<-t.C
		fmt.Println("round", i)
	}

	// Stop from another goroutine while one waits in select.
	t = time.NewTimer(300 * time.Millisecond)
	done := make(chan string)
	go func() {
		select {
		case <-t.C:
			done <- "timer"
		case <-time.After(50 * time.Millisecond):
			done <- "gave up"
		}
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	fmt.Println(<-done)

	// Methods on a zero Timer panic.
	defer func() { fmt.Println("recovered:", recover()) }()
	var z time.Timer
	z.Stop()
}
