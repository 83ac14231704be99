package main

import (
	"fmt"
	"sync"
)

type number interface{ ~int | ~float64 }

func sumTo[T number](xs []T, out chan<- T) {
	var s T
	for _, x := range xs {
		s += x
	}
	out <- s
}

type box[T any] struct{ v T }

func (b *box[T]) send(c chan<- T) { c <- b.v }

func main() {
	// go and defer accept the statement-like builtins.
	done := make(chan struct{})
	go close(done)
	<-done
	fmt.Println("closed by go close")

	// Generic functions and methods of generic types as goroutines.
	ic := make(chan int)
	go sumTo([]int{1, 2, 3, 4}, ic)
	fc := make(chan float64)
	go sumTo[float64]([]float64{0.5, 0.25}, fc)
	fmt.Println(<-ic, <-fc)
	b := &box[string]{"boxed"}
	sc := make(chan string)
	go b.send(sc)
	fmt.Println(<-sc)

	// A goroutine started by a function value returned from a call: the call
	// producing the function happens in the caller, before go.
	var order []string
	var mu sync.Mutex
	note := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
	}
	mk := func() func(chan<- bool) {
		note("mk ran")
		return func(c chan<- bool) { note("goroutine ran"); c <- true }
	}
	bc := make(chan bool)
	go mk()(bc)
	note("after go statement")
	<-bc
	fmt.Println(order[0], "|", order[1] == "after go statement" || order[1] == "goroutine ran")

	// Method expression and method value of an embedded field.
	type wrapper struct{ *box[string] }
	w := wrapper{&box[string]{"embedded"}}
	go w.send(sc)
	fmt.Println(<-sc)
	go (*box[string]).send(b, sc)
	fmt.Println(<-sc)

	// defer close in a goroutine.
	data := make(chan int)
	go func() {
		defer close(data)
		for i := range 3 {
			data <- i
		}
	}()
	for v := range data {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
