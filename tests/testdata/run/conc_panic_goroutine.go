package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred in goroutine")
		panic(fmt.Sprintf("boom %d", 42))
	}()
	<-done
}
