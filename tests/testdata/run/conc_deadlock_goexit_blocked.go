package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("worker waits forever")
		<-c
	}()
	defer fmt.Println("main's defers run on Goexit")
	runtime.Goexit()
}
