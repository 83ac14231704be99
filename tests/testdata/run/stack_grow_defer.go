package main

import (
	"errors"
	"fmt"
)

// Defer, panic and recover across stack growth: deferred calls registered in shallow
// frames run after the stack moved; a deferred call that recurses deeply while a
// panic is in flight; recovery in a frame below a grown stack; defers inside
// range-over-func loop bodies.

func deep(n int) int {
	if n == 0 {
		return 0
	}
	var pad [20]int
	pad[n%20] = 1
	return deep(n-1) + pad[n%20]
}

func deepPanic(n int) {
	if n == 0 {
		panic(errors.New("bottom"))
	}
	var pad [10]int
	pad[n%10] = n
	deepPanic(n - 1)
	fmt.Println("unreachable", pad[0])
}

func recoverDeep(depth int) (err error) {
	defer func() {
		// grow the stack while the panic is in flight, then recover
		d := deep(50000)
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v after %d", r, d)
		}
	}()
	deepPanic(depth)
	return nil
}

func manyDefers(n int, out *[]int) {
	if n == 0 {
		return
	}
	defer func() { *out = append(*out, n) }()
	if n%100 == 0 {
		deep(3000)
	}
	manyDefers(n-1, out)
}

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func rangeDefers() (log []string) {
	for i := range seq(3) {
		defer func() { log = append(log, fmt.Sprint("deferred ", i, deep(20000*(i+1)))) }()
		deep(10000)
	}
	return nil
}

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println(recoverDeep(10))
		fmt.Println(recoverDeep(100000))
		var out []int
		manyDefers(2000, &out)
		fmt.Println(len(out), out[0], out[len(out)-1])
		fmt.Println(rangeDefers())
		done <- true
	}()
	<-done
	fmt.Println(recoverDeep(20000))
}
