// Parked goroutines hold the only references to their data on their own stacks
// while the main goroutine allocates enough to force many collections.
package main

import (
	"fmt"
	"runtime"
)

type tree struct {
	l, r *tree
	v    int
}

func mk(d, v int) *tree {
	if d == 0 {
		return &tree{v: v}
	}
	return &tree{mk(d-1, v*2), mk(d-1, v*2+1), v}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.l.sum() + t.r.sum()
}

func worker(id int, start <-chan bool, out chan<- int) {
	t := mk(10, id)
	want := t.sum()
	buf := make([]int, 1000)
	for i := range buf {
		buf[i] = i * id
	}
	<-start // parked: t and buf are referenced only from this stack
	s := 0
	for _, x := range buf {
		s += x
	}
	if t.sum() != want {
		out <- -1
		return
	}
	out <- want + s
}

func main() {
	start := make(chan bool)
	out := make(chan int)
	const n = 20
	for i := 0; i < n; i++ {
		go worker(i, start, out)
	}
	runtime.Gosched()
	junk := 0
	for i := 0; i < 200000; i++ {
		b := make([]*tree, 20)
		b[3] = &tree{v: i}
		junk += b[3].v & 1
	}
	runtime.GC()
	for i := 0; i < n; i++ {
		start <- true
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-out
	}
	fmt.Println(total, junk)
}
