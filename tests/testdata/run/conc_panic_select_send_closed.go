package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("select with a send on a closed channel and a default")
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}
