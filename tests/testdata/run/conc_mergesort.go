package main

import "fmt"

// Parallel merge sort: each half is sorted by its own goroutine, results come
// back through channels.
func mergesort(xs []int, out chan<- []int) {
	if len(xs) <= 4 {
		s := append([]int(nil), xs...)
		for i := 1; i < len(s); i++ {
			for j := i; j > 0 && s[j] < s[j-1]; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
		out <- s
		return
	}
	mid := len(xs) / 2
	lc, rc := make(chan []int), make(chan []int)
	go mergesort(xs[:mid], lc)
	go mergesort(xs[mid:], rc)
	l, r := <-lc, <-rc
	merged := make([]int, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			merged, l = append(merged, l[0]), l[1:]
		} else {
			merged, r = append(merged, r[0]), r[1:]
		}
	}
	merged = append(merged, l...)
	out <- append(merged, r...)
}

func main() {
	xs := make([]int, 500)
	seed := uint32(7)
	for i := range xs {
		seed = seed*1103515245 + 12345
		xs[i] = int(seed>>16) % 1000
	}
	out := make(chan []int)
	go mergesort(xs, out)
	s := <-out
	ok := true
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			ok = false
		}
	}
	fmt.Println(len(s), ok, s[:10], s[len(s)-5:])
}
