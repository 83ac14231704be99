package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	var ready sync.WaitGroup
	ready.Add(2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		ready.Done()
		ready.Wait()
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		ready.Done()
		ready.Wait()
		a.Lock()
	}()
	fmt.Println("two goroutines take two locks in opposite order")
	wg.Wait()
}
