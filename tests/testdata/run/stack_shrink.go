package main

import (
	"fmt"
	"runtime"
)

// Stacks that grew to megabytes shrink again at collections while their goroutines
// yield; values on them must survive every move.

func deep(n int, p *int) int {
	if n == 0 {
		return *p
	}
	var pad [8]int
	pad[n%8] = 1
	return deep(n-1, p) + pad[n%8]
}

func worker(id int, out chan<- int) {
	x := id
	total := deep(50000, &x)
	local := [4]int{id, id * 2, id * 3, id * 4}
	ptr := &local[2]
	for i := 0; i < 30; i++ {
		runtime.Gosched()
		s := make([]byte, 1000)
		s[0] = byte(i)
		if i%5 == 0 {
			runtime.GC()
		}
		total += int(s[0]) + *ptr
	}
	total += deep(20000, &x)
	out <- total + local[0]
}

func main() {
	out := make(chan int)
	for i := 0; i < 8; i++ {
		go worker(i, out)
	}
	s := 0
	for i := 0; i < 8; i++ {
		s += <-out
	}
	fmt.Println(s)
}
