package main

import (
	"fmt"
	"os"
)

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	ready := make(chan bool)
	go func() {
		fmt.Println("worker exits the process")
		ready <- true
		os.Exit(3)
	}()
	<-ready
	<-block
}
