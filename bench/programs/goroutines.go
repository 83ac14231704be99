// goroutines: 10,000 goroutines in a ring of unbuffered channels pass a token
// around N times; then every goroutine sends on one shared buffered channel.
// Measures goroutine creation, stack memory and switching at scale.
//
// usage: goroutines N
package main

import (
	"fmt"
	"os"
)

const ring = 10000

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func relay(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	laps := atoi(os.Args[1])
	first := make(chan int)
	in := first
	for i := 0; i < ring; i++ {
		out := make(chan int)
		go relay(in, out)
		in = out
	}
	last := in
	total := 0
	for lap := 0; lap < laps; lap++ {
		first <- total
		total = <-last
	}
	close(first)
	<-last
	results := make(chan int, 64)
	for i := 0; i < ring; i++ {
		go func() { results <- i }()
	}
	sum := 0
	for i := 0; i < ring; i++ {
		sum += <-results
	}
	fmt.Println(total, sum)
}
