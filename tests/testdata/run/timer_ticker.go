package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	last := time.Now()
	for i := 0; i < 4; i++ {
		t := <-tk.C
		fmt.Println("tick", i, !t.Before(last))
		last = t
	}
	tk.Stop()
	time.Sleep(20 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}

	// Reset restarts a stopped ticker with a new period.
	tk.Reset(3 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("ticking again")
	tk.Stop()

	// A slow receiver misses ticks instead of queueing them.
	tk = time.NewTicker(20 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	<-tk.C
	select {
	case <-tk.C:
		fmt.Println("queued tick")
	default:
		fmt.Println("ticks were dropped")
	}
	tk.Stop()

	// time.Tick in a loop with a stop timer.
	tick := time.Tick(5 * time.Millisecond)
	stop := time.After(300 * time.Millisecond)
	count := 0
	for count < 5 {
		select {
		case <-tick:
			count++
		case <-stop:
			fmt.Println("too slow")
			return
		}
	}
	fmt.Println("counted", count)
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)

	// Non-positive periods panic.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		t.Reset(-time.Second)
	}()
}
