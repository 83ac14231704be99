package main

import (
	"fmt"
	"os"
)

type pair struct{ a, b int }

// Deferred built-in calls evaluate their arguments at the defer statement and run
// at return, in reverse order. A deferred recover() is not called by a deferred
// function, so it stops nothing.
func deferred() (n int) {
	defer func() { fmt.Println("recovered:", recover(), "n =", n) }()
	m := map[string]int{"a": 1, "b": 2}
	key := "a"
	defer delete(m, key)
	key = "b"
	defer fmt.Println("map before delete runs:", len(m), m["a"], m["b"])
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	defer copy(dst, src[:2])
	src = []int{0, 0, 0}
	defer func() { fmt.Println("dst after copy:", dst) }()
	defer clear(dst)
	x := 10
	defer print("print: ", x, " ", true, " ", 2.5, "\n")
	x = 20
	defer println("println:", x, pair{1, 2}.b, "s", 'r', uint8(200))
	defer recover()
	defer panic(fmt.Sprintf("boom %d", x))
	n = 5
	return n
}

func loops() {
	for i := range 3 {
		defer println("loop defer", i)
	}
	m := map[int]bool{1: true, 2: true, 3: true}
	for k := range m {
		defer delete(m, k)
	}
	defer func() { fmt.Println("entries left:", len(m)) }()
}

func main() {
	fmt.Println("returned", deferred())
	loops()
	c := make(chan struct{})
	go close(c)
	<-c
	fmt.Println("closed by a go statement")
	defer println("not run: os.Exit skips defers")
	os.Exit(3)
}
