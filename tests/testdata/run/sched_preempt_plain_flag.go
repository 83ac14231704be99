package main

// for !done {} on a plain (non-atomic) variable with GOMAXPROCS=1: the loop
// reloads done each time and is preempted, so the setter gets to run.

import (
	"fmt"
	"runtime"
)

var done bool

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		done = true
	}()
	for !done {
	}
	fmt.Println("done")
}
