// env: GOMAXPROCS=1

package main

import (
	"fmt"
	"runtime"
)

// With unbuffered channels every step is a synchronisation point, so the
// interleaving below is fixed whatever the number of Ps.
func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("  pong", v)
			pong <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 5; i++ {
		fmt.Println("ping", v)
		ping <- v
		v = <-pong
		runtime.Gosched()
	}
	close(ping)
	<-done
	fmt.Println("final", v)
}
