package main

import (
	"fmt"
	"strings"
)

type acc struct {
	prefix string
	out    chan string
}

func (a acc) emit(s string, n int) {
	a.out <- a.prefix + strings.Repeat(s, n)
}

func (a *acc) emitPtr(parts ...string) {
	a.out <- a.prefix + strings.Join(parts, "+")
}

type emitter interface{ emit(string, int) }

func sum(out chan<- int, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- t
}

func pair() (int, int) { return 3, 4 }

func add(a, b int) { results <- a + b }

var results = make(chan int)

func main() {
	out := make(chan string)
	a := acc{"v:", out}
	go a.emit("ab", 2)
	fmt.Println(<-out)
	p := &a
	go p.emitPtr("x", "y")
	fmt.Println(<-out)
	var e emitter = a
	go e.emit("z", 3)
	fmt.Println(<-out)
	// arguments are evaluated when the go statement runs
	n := 1
	go a.emit("n", n)
	n = 5
	fmt.Println(<-out, n)
	ints := make(chan int)
	go sum(ints, 1, 2, 3)
	fmt.Println(<-ints)
	xs := []int{4, 5}
	go sum(ints, xs...)
	fmt.Println(<-ints)
	go add(pair())
	fmt.Println(<-results)
	f := func(s string) { out <- "lit " + s }
	s := "first"
	go f(s)
	s = "second"
	fmt.Println(<-out, s)
	go func(x, y int) {
		ints <- x * y
	}(6, 7)
	fmt.Println(<-ints)
	m := a.emit
	go m("m", 1)
	fmt.Println(<-out)
}
