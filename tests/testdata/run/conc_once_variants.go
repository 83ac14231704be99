package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var calls atomic.Int32
	f := sync.OnceFunc(func() { calls.Add(1) })
	v := sync.OnceValue(func() int { calls.Add(1); return 42 })
	vs := sync.OnceValues(func() (string, error) {
		calls.Add(1)
		return "cfg", errors.New("partial")
	})
	var wg sync.WaitGroup
	var sum atomic.Int64
	for range 50 {
		wg.Go(func() {
			f()
			sum.Add(int64(v()))
			s, err := vs()
			if s != "cfg" || err.Error() != "partial" {
				panic("wrong value")
			}
		})
	}
	wg.Wait()
	fmt.Println("calls:", calls.Load(), "sum:", sum.Load())

	// A panicking OnceFunc re-panics with the same value on every call.
	p := sync.OnceFunc(func() { panic("init failed") })
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			p()
		}()
	}
	pv := sync.OnceValue(func() int { panic(fmt.Sprintf("value %d", 7)) })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("value call", i, "recovered:", recover()) }()
			fmt.Println(pv())
		}()
	}

	// sync.Once: a panic still marks it done.
	var once sync.Once
	func() {
		defer func() { fmt.Println("once recovered:", recover()) }()
		once.Do(func() { panic("first") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// Nested Do on a different Once is fine.
	var a, b sync.Once
	a.Do(func() { b.Do(func() { fmt.Println("nested") }) })
}
