// env: GOMAXPROCS=8

package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type item struct {
	id    int
	label string
	tags  []string
	next  *item
}

func mk(id int) *item {
	it := &item{id: id, label: strings.Repeat("x", id%17)}
	for t := 0; t < id%5; t++ {
		it.tags = append(it.tags, fmt.Sprint("t", t))
	}
	return it
}

func valid(it *item) bool {
	return len(it.label) == it.id%17 && len(it.tags) == it.id%5
}

// Goroutines allocate and hand pointers to each other through channels while
// collections run; every object must arrive intact.
func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	stage1 := make(chan *item, 32)
	stage2 := make(chan *item, 32)
	var prod, mid sync.WaitGroup
	for p := range 8 {
		prod.Go(func() {
			for i := 0; i < 2000; i++ {
				stage1 <- mk(p*2000 + i)
				if i%500 == 0 {
					runtime.GC()
				}
			}
		})
	}
	for range 4 {
		mid.Go(func() {
			var chain *item
			n := 0
			for it := range stage1 {
				_ = make([]byte, 256) // garbage
				it.next = chain
				chain = it
				n++
				if n == 10 {
					for c := chain; c != nil; {
						next := c.next
						c.next = nil
						stage2 <- c
						c = next
					}
					chain, n = nil, 0
				}
			}
			for c := chain; c != nil; c = c.next {
				stage2 <- c
			}
		})
	}
	go func() {
		prod.Wait()
		close(stage1)
		mid.Wait()
		close(stage2)
	}()
	seen := make([]bool, 16000)
	bad, count := 0, 0
	for it := range stage2 {
		if !valid(it) || seen[it.id] {
			bad++
		}
		seen[it.id] = true
		count++
	}
	fmt.Println("received:", count, "bad:", bad)
}
