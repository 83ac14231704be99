package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("a single send case on a nil channel")
	select {
	case c <- "x":
	}
}
