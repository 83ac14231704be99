// chanpingpong: goroutine switching through unbuffered channels. Two goroutines pass a
// counter back and forth N times; a third pair does the same through select with a
// quit channel. Prints the final counters.
//
// usage: chanpingpong N
package main

import (
	"fmt"
	"os"
)

// atoi parses a non-negative decimal argument by hand, so that the program needs only fmt
// and os from the standard library.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func pingpong(n int) int {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	return v
}

func selectpong(n int) int {
	a, b, quit := make(chan int), make(chan int), make(chan bool)
	go func() {
		v := 0
		for {
			select {
			case a <- v:
				v = <-b
			case <-quit:
				return
			}
		}
	}()
	v := 0
	for i := 0; i < n; i++ {
		v = <-a + 1
		b <- v
	}
	quit <- true
	return v
}

func main() {
	n := atoi(os.Args[1])
	fmt.Println(pingpong(n), selectpong(n))
}
