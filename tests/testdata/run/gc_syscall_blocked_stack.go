package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
)

type node struct {
	next *node
	val  int
}

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{h, i}
	}
	return h
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.val
	}
	return s
}

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	const total = 1 << 20
	done := make(chan int)
	go func() {
		// buf is referenced only from this goroutine's stack while it is
		// blocked in write(2): collections meanwhile must keep it alive.
		buf := make([]byte, total)
		for i := range buf {
			buf[i] = byte(i % 253)
		}
		list := build(1000)
		n, _ := w.Write(buf)
		w.Close()
		done <- n + sum(list)
	}()
	results := make(chan int)
	for k := 0; k < 4; k++ {
		go func(k int) {
			s := 0
			for round := 0; round < 20; round++ {
				s += sum(build(2000 + k))
				if round%5 == 0 {
					runtime.GC()
				}
			}
			results <- s
		}(k)
	}
	total4 := 0
	for k := 0; k < 4; k++ {
		total4 += <-results
	}
	fmt.Println("workers:", total4)
	for i := 0; i < 3; i++ {
		runtime.GC()
		_ = build(10000)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		panic(err)
	}
	bad := 0
	for i := range data {
		if data[i] != byte(i%253) {
			bad++
		}
	}
	fmt.Println("read", len(data), "bad", bad)
	fmt.Println("writer:", <-done)
}
