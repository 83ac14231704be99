package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0))
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			started <- true
			<-block
		}()
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	runtime.Gosched()
	// with one P, a yielding goroutine lets the others run in turn
	c := make(chan int, 100)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(id int) {
			for j := 0; j < 3; j++ {
				c <- id
				runtime.Gosched()
			}
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	close(c)
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println(sum)
}
