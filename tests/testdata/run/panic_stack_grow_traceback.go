package main

import "fmt"

// A panic in a goroutine whose stack has grown several times (first by a deep
// recursion that returned, then by big frames still on the stack): the traceback
// must show the right frames.

type T struct{ v []int }

func (t *T) at(i int) int {
	return t.v[i]
}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func walk(t *T, n int) int {
	if n == 0 {
		return t.at(len(t.v) + 1)
	}
	var pad [600]int
	pad[n%600] = n
	if n > 20 {
		return walk(t, n-1) + pad[n%600]
	}
	return leaf(t, n) + pad[n%600]
}

//go:noinline
func leaf(t *T, n int) int {
	return walk(t, n-1)
}

func main() {
	done := make(chan int)
	go func() {
		d := deep(100000)
		done <- walk(&T{v: []int{1, 2, 3}}, 40) + d
	}()
	fmt.Println(<-done)
}
