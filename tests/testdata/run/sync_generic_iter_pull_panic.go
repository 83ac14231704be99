package main

import (
	"fmt"
	"iter"
	"runtime"
)

func main() {
	// A panic in the iterator reaches the caller of next.
	next, stop := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("seq boom")
	})
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next()
	}()
	fmt.Println(next())
	stop()

	// A panic while stopping reaches the caller of stop.
	next2, stop2 := iter.Pull2(func(yield func(string, int) bool) {
		defer func() { panic("cleanup boom") }()
		for i := 0; yield("k", i); i++ {
		}
	})
	fmt.Println(next2())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		stop2()
	}()
	fmt.Println(next2())

	// An iterator that ignores yield's false answer.
	next3, stop3 := iter.Pull(func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			fmt.Println("yield says", yield(i))
		}
	})
	fmt.Println(next3())
	stop3()

	// Calling yield again without a next is an error.
	next4, stop4 := iter.Pull(func(yield func(int) bool) {
		defer func() {
			r := recover()
			fmt.Println("in seq:", r)
		}()
		yield(1)
	})
	fmt.Println(next4())
	stop4()

	// runtime.Goexit in the iterator ends the goroutine that called next.
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("caller unwound"); done <- true }()
		next, _ := iter.Pull(func(yield func(int) bool) {
			yield(1)
			runtime.Goexit()
		})
		fmt.Println(next())
		next()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
