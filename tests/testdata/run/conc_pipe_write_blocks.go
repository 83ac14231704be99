package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	const total = 1 << 20
	done := make(chan int)
	go func() {
		buf := make([]byte, total)
		for i := range buf {
			buf[i] = byte(i % 251)
		}
		n, err := w.Write(buf) // blocks: nobody reads the pipe yet
		w.Close()
		if err != nil {
			fmt.Println("write error:", err)
		}
		done <- n
	}()
	// The writer fills the pipe and blocks in write(2); the rest of the program
	// must keep running meanwhile.
	ticks := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(2 * time.Millisecond)
			ticks <- i
		}
		close(ticks)
	}()
	for i := range ticks {
		fmt.Println("tick", i)
	}
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += i * i
	}
	fmt.Println("computed", sum)
	data, err := io.ReadAll(r)
	if err != nil {
		panic(err)
	}
	ok := len(data) == total
	for i := range data {
		if data[i] != byte(i%251) {
			ok = false
			break
		}
	}
	fmt.Println("read", len(data), "bytes, intact:", ok)
	fmt.Println("writer wrote", <-done)
}
