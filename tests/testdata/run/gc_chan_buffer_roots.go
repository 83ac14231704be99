package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	id   int
	name string
	next *node
	data []int
}

func mk(id int) *node {
	n := &node{id: id, name: strings.Repeat("n", id%5+1), data: make([]int, 16)}
	for i := range n.data {
		n.data[i] = id * i
	}
	return n
}

func churn() {
	var keep []*node
	for i := 0; i < 20000; i++ {
		n := mk(i)
		if i%1000 == 0 {
			keep = append(keep, n)
		}
	}
	runtime.KeepAlive(keep)
}

func check(n *node, id int) bool {
	if n.id != id || len(n.name) != id%5+1 {
		return false
	}
	for i, v := range n.data {
		if v != id*i {
			return false
		}
	}
	return true
}

func main() {
	// Pointers held only by a channel buffer.
	buf := make(chan *node, 64)
	for i := 0; i < 64; i++ {
		buf <- mk(i)
	}
	churn()
	runtime.GC()
	churn()
	ok := true
	for i := 0; i < 64; i++ {
		ok = ok && check(<-buf, i)
	}
	fmt.Println("buffer survived:", ok)

	// Pointers held by blocked senders (the value waits in the sender's frame).
	unbuf := make(chan *node)
	for i := 0; i < 50; i++ {
		go func(id int) { unbuf <- mk(id) }(i)
	}
	for i := 0; i < 3; i++ {
		churn()
		runtime.GC()
	}
	seen := make([]bool, 50)
	ok = true
	for i := 0; i < 50; i++ {
		n := <-unbuf
		ok = ok && check(n, n.id)
		seen[n.id] = true
	}
	for _, s := range seen {
		ok = ok && s
	}
	fmt.Println("blocked senders survived:", ok)

	// Pointers in a linked list reachable only from a parked goroutine's stack.
	res := make(chan int)
	release := make(chan bool)
	go func() {
		var head *node
		for i := 0; i < 1000; i++ {
			n := mk(i)
			n.next = head
			head = n
		}
		<-release
		sum := 0
		for n := head; n != nil; n = n.next {
			if check(n, n.id) {
				sum += n.id
			}
		}
		res <- sum
	}()
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		churn()
		runtime.GC()
	}
	release <- true
	fmt.Println("parked stack list sum:", <-res)

	// Pointer-carrying select cases that wait through collections.
	a, b := make(chan *node), make(chan *node)
	go func() {
		select {
		case a <- mk(7):
		case b <- mk(8):
		}
	}()
	churn()
	runtime.GC()
	n := <-b
	fmt.Println("select send survived:", check(n, 8))
}
