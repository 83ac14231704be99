package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred before Goexit ran")
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	fmt.Println("recover during Goexit:")
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover returns", recover()) }()
		runtime.Goexit()
	}()
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		panic(fmt.Sprintf("worker %d failed", 3))
	}()
	wg.Wait()
}
