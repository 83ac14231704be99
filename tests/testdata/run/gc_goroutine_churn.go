package main

import (
	"fmt"
	"runtime"
	"sync"
)

type rec struct {
	key  string
	vals []int
	kids []*rec
}

func build(depth, seed int) *rec {
	r := &rec{key: fmt.Sprint("r", seed), vals: make([]int, 8)}
	for i := range r.vals {
		r.vals[i] = seed + i
	}
	if depth > 0 {
		for k := 0; k < 3; k++ {
			r.kids = append(r.kids, build(depth-1, seed*3+k))
		}
	}
	return r
}

func sum(r *rec) int {
	s := 0
	for _, v := range r.vals {
		s += v
	}
	for _, k := range r.kids {
		s += sum(k)
	}
	return s
}

func main() {
	// Many short-lived goroutines allocate garbage while a small live set
	// (one tree per worker) must survive every collection.
	var wg sync.WaitGroup
	results := make([]int, 8)
	for w := range 8 {
		wg.Go(func() {
			live := build(4, w+1)
			want := sum(live)
			for round := 0; round < 40; round++ {
				garbage := build(3, round)
				_ = sum(garbage)
				if round%10 == 0 {
					runtime.GC()
				}
				if sum(live) != want {
					panic("live tree corrupted")
				}
			}
			results[w] = want
		})
	}
	wg.Wait()
	fmt.Println(results)

	// Goroutines created and finished in waves; each holds strings on its stack.
	total := 0
	for wave := 0; wave < 20; wave++ {
		out := make(chan int, 50)
		for i := 0; i < 50; i++ {
			go func(i int) {
				s := fmt.Sprintf("wave-%d-item-%d", wave, i)
				b := make([]byte, 0, 64)
				for j := 0; j < 10; j++ {
					b = append(b, s...)
				}
				out <- len(b)
			}(i)
		}
		for i := 0; i < 50; i++ {
			total += <-out
		}
		if wave%5 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("total bytes:", total)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collections happened:", ms.NumGC > 0)
}
