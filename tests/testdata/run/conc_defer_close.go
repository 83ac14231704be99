package main

import "fmt"

func main() {
	c := make(chan int, 1)
	func() {
		defer close(c)
		c <- 1
	}()
	fmt.Println(<-c)
	_, ok := <-c
	fmt.Println(ok)
	defer func() { fmt.Println("rec", recover()) }()
	defer panic("deferred panic")
	d := make(chan int)
	go close(d)
	<-d
	fmt.Println("closed by goroutine")
}
