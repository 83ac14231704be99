package main

import (
	"fmt"
	"sync"
)

// Deep recursion in many goroutines at once: each stack grows to megabytes, returns,
// and grows again; results must survive every copy.

type node struct {
	depth int
	next  *node
}

func sum(n int, acc *int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return *acc
	}
	*acc += pad[n%16] & 1
	return sum(n-1, acc) + 1
}

func build(n int) *node {
	if n == 0 {
		return nil
	}
	return &node{n, build(n - 1)}
}

func length(l *node) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 64)
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			total := 0
			for round := 0; round < 3; round++ {
				acc := 0
				depth := 2000 * (i%8 + 1) * (round + 1)
				total += sum(depth, &acc) + acc
			}
			total += length(build(10000 + i))
			results[i] = total
		}(i)
	}
	wg.Wait()
	for i := 0; i < 64; i += 9 {
		fmt.Println(i, results[i])
	}
	s := 0
	for _, r := range results {
		s += r
	}
	fmt.Println("sum", s)
}
