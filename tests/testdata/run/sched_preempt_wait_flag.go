package main

// Busy-waiting on a flag that another goroutine sets only works if the waiter
// gets preempted (GOMAXPROCS=1): the setter first needs the CPU.

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var done atomic.Bool
var stage atomic.Int64

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		stage.Store(1)
		done.Store(true)
	}()
	spins := 0
	for !done.Load() {
		spins++
	}
	fmt.Println("saw the flag at stage", stage.Load(), spins >= 0)

	// A chain: each goroutine busy-waits for its predecessor's flag.
	const n = 5
	var flags [n + 1]atomic.Bool
	var order [n]int64
	var next atomic.Int64
	fin := make(chan bool)
	for i := n - 1; i >= 0; i-- {
		go func() {
			for !flags[i].Load() {
			}
			order[i] = next.Add(1)
			flags[i+1].Store(true)
			if i == n-1 {
				fin <- true
			}
		}()
	}
	flags[0].Store(true)
	<-fin
	fmt.Println("chain order:", order)
}
