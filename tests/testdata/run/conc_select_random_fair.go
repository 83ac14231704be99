package main

import "fmt"

func main() {
	// Both cases are always ready: select must pick among them at random,
	// so over many rounds each one wins sometimes.
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for range 2000 {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("both chosen:", counts[0] > 100 && counts[1] > 100, counts[0]+counts[1])

	// The same with a send and a receive case that are both ready.
	c := make(chan int, 10)
	c <- 0
	sends, recvs := 0, 0
	for range 2000 {
		select {
		case c <- 1:
			sends++
			<-c
		case <-c:
			recvs++
			c <- 0
		}
	}
	fmt.Println("send and receive both chosen:", sends > 100 && recvs > 100, len(c))

	// Three copies of the same channel in one select.
	d := make(chan int, 1)
	which := [3]int{}
	for range 3000 {
		d <- 0
		select {
		case <-d:
			which[0]++
		case <-d:
			which[1]++
		case <-d:
			which[2]++
		}
	}
	fmt.Println("all three cases chosen:", which[0] > 100 && which[1] > 100 && which[2] > 100)
}
