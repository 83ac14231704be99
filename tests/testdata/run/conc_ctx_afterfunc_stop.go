package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	var ran []string
	record := func(s string) {
		mu.Lock()
		ran = append(ran, s)
		mu.Unlock()
		wg.Done()
	}
	wg.Add(2)
	stop1 := context.AfterFunc(ctx, func() { record("first") })
	stop2 := context.AfterFunc(ctx, func() { record("second") })
	stop3 := context.AfterFunc(ctx, func() { record("never") })
	fmt.Println("stop3 before cancel:", stop3())
	fmt.Println("stop3 again:", stop3())
	cancel()
	wg.Wait()
	fmt.Println("ran:", len(ran))
	fmt.Println("stop1 after run:", stop1(), "stop2:", stop2())

	// AfterFunc on an already-cancelled context runs at once (in its own goroutine).
	done := make(chan string)
	context.AfterFunc(ctx, func() { done <- "immediate" })
	fmt.Println(<-done)

	// AfterFunc on a context that is never done: stop returns true.
	stop := context.AfterFunc(context.Background(), func() { panic("unreachable") })
	fmt.Println("background stop:", stop())

	// Cancel a chain; the callback sees the error.
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	errc := make(chan error, 1)
	context.AfterFunc(child, func() { errc <- child.Err() })
	cancelParent()
	fmt.Println("child callback err:", <-errc)
}
