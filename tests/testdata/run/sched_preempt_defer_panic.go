package main

// Preemption inside deferred calls run by a panic, and inside a recovered
// goroutine: the panic state of each goroutine survives switches.

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var turn atomic.Int64

// waitTurn spins until it is goroutine k's turn: only preemption lets the
// goroutine whose turn it is run (GOMAXPROCS=1).
func waitTurn(k int64) {
	for turn.Load() != k {
	}
}

func worker(k int64, out *string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		r := recover()
		waitTurn(k + 3) // spin while recovering
		*out = fmt.Sprint("worker ", k, " recovered: ", r)
		turn.Add(1)
	}()
	defer func() {
		waitTurn(k) // spin inside a deferred call of a panicking goroutine
		turn.Add(1)
	}()
	panic(fmt.Sprint("boom ", k))
}

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	out := make([]string, 3)
	for k := 2; k >= 0; k-- {
		wg.Add(1)
		go worker(int64(k), &out[k], &wg)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
