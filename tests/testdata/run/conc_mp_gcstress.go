package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	left, right *node
	val         int
	pad         []byte
}

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val, pad: make([]byte, val%64)}
	}
	return &node{left: build(depth-1, 2*val), right: build(depth-1, 2*val+1), val: val}
}

func (n *node) check() int {
	if n.left == nil {
		if len(n.pad) != n.val%64 {
			panic("corrupt leaf")
		}
		return n.val
	}
	return n.val + n.left.check() - n.right.check()
}

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	results := make([]int, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			keep := build(10, w)
			s := 0
			for i := 0; i < 40; i++ {
				t := build(8, i+w)
				s += t.check()
				m := map[int]string{}
				for k := 0; k < 200; k++ {
					m[k] = fmt.Sprint(k * w)
				}
				s += len(m[199])
				if i%10 == 0 && w%3 == 0 {
					runtime.GC()
				}
			}
			results[w] = s + keep.check()
		}(w)
	}
	// the main goroutine allocates too, with strings and slices
	var parts []string
	for i := 0; i < 20000; i++ {
		parts = append(parts, fmt.Sprintf("%d", i%97))
	}
	wg.Wait()
	total := 0
	for _, p := range parts {
		total += len(p)
	}
	fmt.Println(results, total)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 0)
}
