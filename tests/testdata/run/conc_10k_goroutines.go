package main

import "fmt"

func relay(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go relay(left, right)
		left = right
	}
	go func(c chan<- int) { c <- 1 }(right)
	fmt.Println(<-leftmost)

	// every goroutine sends its index on a shared channel
	results := make(chan int, 100)
	for i := 0; i < n; i++ {
		go func(i int) { results <- i }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
