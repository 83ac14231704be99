package main

import (
	"fmt"
	"runtime"
	"time"
)

// A timer nobody watches does not keep the program alive, even when it was set
// while another P was still busy: the deadlock is reported at once.
func main() {
	runtime.GOMAXPROCS(2)
	t := time.NewTimer(time.Hour)
	_ = t
	done := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 20000000; i++ {
			s += i % 3
		}
		fmt.Println("worker", s)
		done <- s
		done <- s // nobody receives the second value
	}()
	<-done
	fmt.Println("main waits")
	<-done
	<-done
}
