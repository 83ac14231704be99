// A waiting finalizer goroutine does not hide a deadlock.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ p *int }

func main() {
	t := &T{p: new(int)}
	runtime.SetFinalizer(t, func(*T) { fmt.Println("finalized") })
	runtime.GC()
	fmt.Println("waiting")
	runtime.KeepAlive(t)
	c := make(chan int)
	<-c
}
