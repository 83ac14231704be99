package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("receiving from nil")
	fmt.Println(<-c)
}
