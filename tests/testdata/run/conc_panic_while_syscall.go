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
	go func() {
		buf := make([]byte, 1<<20)
		w.Write(buf) // blocks forever: nobody reads
		fmt.Println("unreachable")
	}()
	go func() {
		time.Sleep(5 * time.Millisecond)
		var m map[string]int
		m["x"] = 1 // panics while the writer is blocked in write(2)
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
