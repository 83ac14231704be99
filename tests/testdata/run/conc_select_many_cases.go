package main

import (
	"fmt"
	"sort"
)

func main() {
	// A select over many channels, each ready exactly once.
	var cs [12]chan int
	for i := range cs {
		cs[i] = make(chan int, 1)
		cs[i] <- i * i
	}
	var got []int
	for range cs {
		select {
		case v := <-cs[0]:
			got = append(got, v)
		case v := <-cs[1]:
			got = append(got, v)
		case v := <-cs[2]:
			got = append(got, v)
		case v := <-cs[3]:
			got = append(got, v)
		case v := <-cs[4]:
			got = append(got, v)
		case v := <-cs[5]:
			got = append(got, v)
		case v := <-cs[6]:
			got = append(got, v)
		case v := <-cs[7]:
			got = append(got, v)
		case v := <-cs[8]:
			got = append(got, v)
		case v := <-cs[9]:
			got = append(got, v)
		case v := <-cs[10]:
			got = append(got, v)
		case v := <-cs[11]:
			got = append(got, v)
		}
	}
	sort.Ints(got)
	fmt.Println(got)

	// Operands are evaluated once, in source order, even for the case not chosen.
	order := []string{}
	ch := func(name string, c chan int) chan int {
		order = append(order, name)
		return c
	}
	val := func(name string, v int) int {
		order = append(order, name)
		return v
	}
	ready := make(chan int, 1)
	ready <- 5
	var never chan int
	select {
	case ch("send-chan", never) <- val("send-value", 1):
		fmt.Println("impossible")
	case v := <-ch("recv-chan", ready):
		fmt.Println("received", v)
	case ch("send2-chan", never) <- val("send2-value", 2):
		fmt.Println("impossible")
	}
	fmt.Println(order)

	// Assignment targets of a receive case are only evaluated when it is chosen.
	idx := func(i int) int {
		order = append(order, fmt.Sprint("index", i))
		return i
	}
	arr := make([]int, 3)
	var ok bool
	ready <- 9
	order = order[:0]
	select {
	case arr[idx(1)], ok = <-ready:
	case arr[idx(2)] = <-never:
	}
	fmt.Println(arr, ok, order)
}
