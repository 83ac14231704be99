// Values kept only in frames (spill slots, frame-resident locals, argument words,
// interior pointers, a preempted goroutine's registers, a frame resumed by recover)
// must survive collections while other goroutines allocate.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	val  int
	next *node
	name string
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: i, next: head, name: strings.Repeat("x", i%7)}
	}
	return head
}

func churn(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 64+i%512)
		b[0] = byte(i)
		t += int(b[0])
	}
	return t
}

//go:noinline
func sumList(h *node) int {
	s := 0
	for p := h; p != nil; p = p.next {
		s += p.val + len(p.name)
	}
	return s
}

// interior keeps only a pointer into the middle of an array across calls.
//
//go:noinline
func interior() int {
	arr := new([64]int)
	for i := range arr {
		arr[i] = i
	}
	p := &arr[40]
	arr = nil
	churn(2000)
	runtime.GC()
	churn(2000)
	return *p
}

// frameLocal keeps pointers in an array local that lives in the frame.
//
//go:noinline
func frameLocal() int {
	var ptrs [8]*node
	for i := range ptrs {
		ptrs[i] = build(10)
	}
	churn(3000)
	runtime.GC()
	t := 0
	for _, p := range ptrs {
		t += sumList(p)
	}
	return t
}

// recovered resumes after a panic; the list lives only in this frame.
func recovered() (r int) {
	h := build(50)
	defer func() {
		if e := recover(); e != nil {
			churn(3000)
			runtime.GC()
			r = sumList(h) + 1000
		}
	}()
	var m map[string]int
	churn(1000)
	m["x"] = sumList(h) // panics: nil map
	return 0
}

// spin walks a list many times without calling anything, so it is preempted at
// its loop headers with the list in registers.
func spin(h *node, rounds int, out chan<- int) {
	t := 0
	for r := 0; r < rounds; r++ {
		for p := h; p != nil; p = p.next {
			t += p.val
		}
	}
	out <- t
}

func main() {
	fmt.Println("interior:", interior())
	fmt.Println("frame local:", frameLocal())
	fmt.Println("recovered:", recovered())

	f := func(h *node) func() int {
		return func() int { churn(500); runtime.GC(); return sumList(h) }
	}(build(30))
	fmt.Println("closure:", f(), f())

	out := make(chan int)
	for g := 0; g < 4; g++ {
		go spin(build(1000+g), 20000, out)
	}
	total := 0
	done := 0
	for done < 4 {
		select {
		case v := <-out:
			total += v
			done++
		default:
			churn(200)
			runtime.Gosched()
		}
	}
	fmt.Println("spin:", total)
}
