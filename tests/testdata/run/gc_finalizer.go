// runtime.SetFinalizer and runtime.KeepAlive: finalizers run on their own goroutine
// once the collector finds their object unreachable.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type res struct {
	id   int
	next *res
	buf  [64]byte
}

var done = make(chan int, 100)

func finish(r *res) { done <- r.id }

func collect(n int) []int {
	got := []int{}
	for len(got) < n {
		runtime.GC()
		select {
		case id := <-done:
			got = append(got, id)
		default:
			runtime.Gosched()
		}
	}
	sort.Ints(got)
	return got
}

//go:noinline
func makeSome(n int) {
	for i := 0; i < n; i++ {
		runtime.SetFinalizer(&res{id: i}, finish)
	}
}

func main() {
	makeSome(5)
	fmt.Println("finalized:", collect(5))

	// KeepAlive keeps x reachable up to the call
	x := &res{id: 100}
	runtime.SetFinalizer(x, finish)
	runtime.GC()
	runtime.Gosched()
	select {
	case id := <-done:
		fmt.Println("too early:", id)
	default:
		fmt.Println("alive before KeepAlive")
	}
	runtime.KeepAlive(x)
	fmt.Println("finalized:", collect(1))

	// a cleared finalizer does not run
	y := &res{id: 200}
	runtime.SetFinalizer(y, finish)
	runtime.SetFinalizer(y, nil)
	y = nil
	// a chain: only the head is finalized in the first cycle
	b := &res{id: 301}
	a := &res{id: 300, next: b}
	runtime.SetFinalizer(b, finish)
	runtime.SetFinalizer(a, func(r *res) { done <- r.id })
	a, b = nil, nil
	fmt.Println("finalized:", collect(1))
	fmt.Println("finalized:", collect(1))

	// a finalizer taking an empty interface
	z := &res{id: 400}
	runtime.SetFinalizer(z, func(v any) { done <- v.(*res).id })
	z = nil
	fmt.Println("finalized:", collect(1))
	fmt.Println("goroutines:", runtime.NumGoroutine())
	select {
	case id := <-done:
		fmt.Println("unexpected:", id)
	default:
		fmt.Println("nothing else")
	}
}
