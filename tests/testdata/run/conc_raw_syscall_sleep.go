package main

import (
	"fmt"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

type timespec struct {
	sec, nsec int64
}

func main() {
	var finished atomic.Bool
	done := make(chan bool)
	go func() {
		// A raw nanosleep(2) keeps its thread for 200 ms; the other
		// goroutines must run meanwhile.
		ts := timespec{0, 200 * 1000 * 1000}
		syscall.Syscall(35, uintptr(unsafe.Pointer(&ts)), 0, 0)
		finished.Store(true)
		done <- true
	}()
	time.Sleep(time.Millisecond) // let the sleeper enter its system call
	for i := 1; i <= 3; i++ {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("tick", i, "sleeper finished:", finished.Load())
	}
	<-done
	fmt.Println("done, sleeper finished:", finished.Load())
}
