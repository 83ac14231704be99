package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred before Goexit", recover())
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println(runtime.NumGoroutine() >= 1)
	go func() {
		fmt.Println("other goroutine")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
