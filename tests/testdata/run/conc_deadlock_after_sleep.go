package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	fmt.Println("main waits")
	<-c
}
