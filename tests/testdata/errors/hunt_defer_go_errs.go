package main

import "fmt"

func f() int { return 1 }

func main() {
	defer f
	go fmt.Println
	defer recover()
	go func() {}
	ch := make(chan int)
	ch <- "s"
	var r <-chan int = ch
	r <- 1
	x := <-5
	fmt.Println(x)
}
