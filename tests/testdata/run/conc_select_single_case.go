package main

import (
	"fmt"
	"time"
)

func main() {
	// One-case selects behave like the plain operation, break included.
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	for i := 0; i < 4; i++ {
		select {
		case v, ok := <-c:
			if !ok {
				fmt.Println("closed")
				break
			}
			fmt.Println("got", v)
		}
	}
	d := make(chan string, 1)
	select {
	case d <- "sent":
	}
	fmt.Println(<-d)
	t := time.NewTimer(time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("timer")
	}
	// One case plus default never blocks.
	e := make(chan int)
	select {
	case v := <-e:
		fmt.Println("impossible", v)
	default:
		fmt.Println("default")
	}
	go func() { e <- 5 }()
	select {
	case v := <-e:
		fmt.Println("received", v)
	}
	var arr [2]int
	f := make(chan int, 1)
	f <- 9
	select {
	case arr[1] = <-f:
	}
	fmt.Println(arr)
}
