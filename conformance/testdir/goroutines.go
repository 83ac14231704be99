// run

// Goroutines and channels: a pipeline of three stages, results in order.
package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for x := range in {
		out <- x * x
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int, 4)
	go produce(10, a)
	go square(a, b)
	total := 0
	for x := range b {
		total += x
	}
	fmt.Println(total)
}
