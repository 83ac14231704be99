package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

func work(workers int) []int {
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				s := 0
				for k := 0; k <= j*1000; k++ {
					s += k % 7
				}
				results <- s
			}
		})
	}
	go func() {
		for j := 0; j < 40; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []int
	for r := range results {
		out = append(out, r)
	}
	sort.Ints(out)
	return out
}

func main() {
	orig := runtime.GOMAXPROCS(1)
	var first []int
	for _, p := range []int{1, 2, 4, 8, 3} {
		prev := runtime.GOMAXPROCS(p)
		got := work(p * 2)
		if first == nil {
			first = got
		}
		same := len(got) == len(first)
		for i := range got {
			same = same && got[i] == first[i]
		}
		fmt.Println("procs", p, "prev", prev, "now", runtime.GOMAXPROCS(0), "results", len(got), "same", same)
	}
	fmt.Println(first[:5], first[39])
	runtime.GOMAXPROCS(orig)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == orig)
	// GOMAXPROCS(0) and negative values only query.
	fmt.Println(runtime.GOMAXPROCS(-1) == orig, runtime.GOMAXPROCS(0) == orig)
}
