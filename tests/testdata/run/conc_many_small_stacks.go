package main

import "fmt"

// 10,000 goroutines blocked at once, each with a small stack; a few of them grow.

func fill(n int) int {
	if n == 0 {
		return 0
	}
	var pad [4]int
	pad[n%4] = n
	return fill(n-1) + pad[n%4]%2
}

func main() {
	const n = 10000
	start := make(chan struct{})
	out := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			<-start
			if i%1000 == 0 {
				out <- fill(i * 10)
				return
			}
			out <- i
		}(i)
	}
	close(start)
	s := 0
	for i := 0; i < n; i++ {
		s += <-out
	}
	fmt.Println(s)
}
