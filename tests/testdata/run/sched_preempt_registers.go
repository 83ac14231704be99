package main

// Goroutines preempted in the middle of integer and floating-point loops resume
// with every register intact (GOMAXPROCS=1, so they interleave on one CPU).

import (
	"fmt"
	"runtime"
	"sync"
)

func mix(k int) (float64, int, uint32) {
	s, f := 0.0, 1.0
	t := 0
	h := uint32(2166136261)
	for i := 0; i < 20000000; i++ {
		s += float64(i%(7+k)) * 0.5
		f = f*1.0000001 + 1e-9
		t += i % (3 + k)
		h = (h ^ uint32(i)) * 16777619
	}
	return s + f, t, h
}

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var fs [4]float64
	var ts [4]int
	var hs [4]uint32
	for k := 0; k < 4; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fs[k], ts[k], hs[k] = mix(k)
		}()
	}
	wg.Wait()
	for k := 0; k < 4; k++ {
		fmt.Printf("%d: %.6f %d %08x\n", k, fs[k], ts[k], hs[k])
	}
}
