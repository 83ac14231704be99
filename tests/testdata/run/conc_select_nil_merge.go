package main

import (
	"fmt"
	"sort"
)

func source(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := source(1, 3, 5, 7)
	b := source(2, 4, 6)
	var got []int
	closed := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			got = append(got, v)
		}
	}
	sort.Ints(got)
	fmt.Println(got, "closed:", closed)

	// A nil channel case never fires; default does.
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	case nilc <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("default taken")
	}

	// Enabling a send case only when there is something to send.
	out := make(chan int, 2)
	pending := []int{10, 20, 30}
	sent := 0
	for len(pending) > 0 {
		var sendc chan int
		var next int
		if len(out) < cap(out) {
			sendc = out
			next = pending[0]
		}
		select {
		case sendc <- next:
			pending = pending[1:]
			sent++
		default:
			fmt.Println("drain", <-out)
		}
	}
	close(out)
	for v := range out {
		fmt.Println("rest", v)
	}
	fmt.Println("sent", sent)
}
