package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	x := 1
	go func() {
		x = 2
		ch <- 5
	}()
	fmt.Println(x, <-ch, x)
	done := make(chan bool)
	n := 0
	get := func() int { return n }
	go func() { n = 7; done <- true }()
	fmt.Println(<-done, get(), n)
}
