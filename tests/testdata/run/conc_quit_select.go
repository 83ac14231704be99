package main

import "fmt"

func fibonacci(c chan<- int, quit <-chan struct{}) int {
	x, y := 0, 1
	n := 0
	for {
		select {
		case c <- x:
			x, y = y, x+y
			n++
		case <-quit:
			return n
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	res := make(chan int)
	go func() {
		res <- fibonacci(c, quit)
	}()
	for i := 0; i < 15; i++ {
		fmt.Println(<-c)
	}
	close(quit)
	fmt.Println("sent", <-res)
}
