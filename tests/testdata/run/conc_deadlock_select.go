package main

import "fmt"

func main() {
	var a chan int
	b := make(chan string)
	fmt.Println("start")
	select {
	case <-a:
		fmt.Println("a")
	case b <- "x":
		fmt.Println("b")
	}
}
