package main

import (
	"os"
	"sync"
)

func f(n int) (r int) {
	defer println("deferred", n, r, 2.5, complex(1, 2), "end")
	defer print("no newline ", []int(nil), "\n")
	n++
	r = 7
	return
}

func main() {
	run()
	os.Exit(3) // so that the test compares stderr
}

func run() {
	println(f(3))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done() }()
	wg.Wait()
	for i := 0; i < 3; i++ {
		defer println("loop", i, true)
	}
}
