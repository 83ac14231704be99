package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	_, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	started := make(chan bool)
	go func() {
		buf := make([]byte, 1<<20)
		started <- true
		w.Write(buf) // blocks forever: nobody reads
	}()
	<-started
	time.Sleep(5 * time.Millisecond)
	fmt.Println("exiting while a goroutine is blocked in write")
	os.Exit(3)
}
