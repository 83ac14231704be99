package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	block := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { <-block }()
	}
	go func() {
		defer fmt.Println("deferred calls do not run on os.Exit")
		fmt.Println("worker exits the process with status 3")
		os.Exit(3)
	}()
	wg.Wait()
}
