// Appends that grow inside a frame buffer while the goroutine's stack is copied
// (deep recursion) and while the collector runs; the slices escape afterwards.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	id   int
	name string
}

// grow recurses far enough to make the goroutine's stack grow (and move) several times.
//
//go:noinline
func grow(d int) int {
	var pad [64]int
	pad[d%64] = d
	if d == 0 {
		return pad[0]
	}
	return grow(d-1) + pad[d%64] - d
}

// deep reads the slice it is given (it keeps no part of it), then grows the stack.
//
//go:noinline
func deep(d int, s []*node) int {
	t := 0
	for _, p := range s {
		t += p.id
	}
	return t + grow(d)
}

//go:noinline
func deepInts(d int, s []int) int {
	return s[len(s)-1] + grow(d)
}

func build(k, n int) []*node {
	var s []*node
	for i := 0; i < n; i++ {
		s = append(s, &node{k*100 + i, fmt.Sprint("n", k, "-", i)})
		fmt.Sprintln(len(s), cap(s))
		if i%2 == 1 {
			deep(2000+i*100, s)
			runtime.GC()
		}
	}
	return s
}

func ints(k, n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, k*10+i)
		deepInts(3000, s)
	}
	_ = cap(s)
	return s
}

func strs(n int) (out []string) {
	for i := 0; i < n; i++ {
		out = append(out, fmt.Sprint("s", i))
		deep(1500, nil)
		runtime.GC()
	}
	_ = cap(out)
	return out
}

func main() {
	results := make([]string, 4)
	var wg sync.WaitGroup
	for k := 0; k < 4; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := build(k, k+2)
			runtime.GC()
			line := fmt.Sprint("g", k, " len ", len(s), " cap ", cap(s), ":")
			for _, p := range s {
				line += fmt.Sprint(" ", p.id, "/", p.name)
			}
			is := ints(k, 3+k)
			line += fmt.Sprint(" | ints ", len(is), cap(is), is)
			results[k] = line
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	ss := strs(3)
	runtime.GC()
	fmt.Println(len(ss), cap(ss), ss)
}
