package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("a select with a single case waits like a plain receive")
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	}
}
