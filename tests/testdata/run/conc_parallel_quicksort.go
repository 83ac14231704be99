package main

import (
	"fmt"
	"sync"
)

func partition(a []int) int {
	p := a[(len(a)-1)/2]
	i, j := -1, len(a)
	for {
		for i++; a[i] < p; i++ {
		}
		for j--; a[j] > p; j-- {
		}
		if i >= j {
			return j
		}
		a[i], a[j] = a[j], a[i]
	}
}

func qsort(a []int, depth int) {
	if len(a) < 2 {
		return
	}
	m := partition(a)
	if depth <= 0 || len(a) < 256 {
		qsort(a[:m+1], 0)
		qsort(a[m+1:], 0)
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { qsort(a[:m+1], depth-1) })
	qsort(a[m+1:], depth-1)
	wg.Wait()
}

func main() {
	const n = 200000
	a := make([]int, n)
	x := uint32(12345)
	for i := range a {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		a[i] = int(x % 100000)
	}
	qsort(a, 6)
	sorted := true
	for i := 1; i < n; i++ {
		if a[i-1] > a[i] {
			sorted = false
		}
	}
	fmt.Println("sorted:", sorted, a[0], a[n/2], a[n-1])
	sum := 0
	for _, v := range a {
		sum += v
	}
	fmt.Println("sum:", sum)
}
