package main

import (
	"errors"
	"fmt"
)

func safe(id int, f func(), out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("worker %d recovered: %v", id, r)
			return
		}
		out <- fmt.Sprintf("worker %d ok", id)
	}()
	f()
}

func main() {
	out := make(chan string)
	go safe(1, func() { panic("first") }, out)
	fmt.Println(<-out)
	go safe(2, func() {}, out)
	fmt.Println(<-out)
	go safe(3, func() {
		var m map[string]int
		m["x"] = 1
	}, out)
	fmt.Println(<-out)
	go safe(4, func() { panic(errors.New("an error")) }, out)
	fmt.Println(<-out)
	// a panic in one goroutine does not disturb another goroutine's defers
	step := make(chan int)
	go func() {
		defer func() { fmt.Println("outer defer", recover()) }()
		<-step
		panic("late")
	}()
	func() {
		defer func() { fmt.Println("main recovered", recover()) }()
		step <- 1
		panic("main")
	}()
	go safe(5, func() {}, out)
	fmt.Println(<-out)
}
