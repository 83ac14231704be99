package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("select over nil channels only")
	select {
	case v := <-in:
		fmt.Println(v)
	case out <- "x":
	}
}
