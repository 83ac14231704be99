package main

import "fmt"

// A goroutine started with arguments panics dividing by zero; the traceback ends
// with the line of the go statement.

func divide(a, b int, done chan int) {
	done <- a / b
}

func start(done chan int) {
	go divide(10, 0, done)
}

func main() {
	done := make(chan int)
	start(done)
	fmt.Println(<-done)
}
