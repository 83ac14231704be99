package main

import (
	"fmt"
	"runtime"
	"sync"
)

func helperRecover() any { return recover() }

func main() {
	var wg sync.WaitGroup
	// Goexit in a deferred call while panicking ends the goroutine; the panic is dropped.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer runtime.Goexit()
		panic("dropped by Goexit")
	}()
	wg.Wait()
	fmt.Println("survived a panic cancelled by Goexit")

	// recover only works when called directly by the deferred function.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("direct recover:", recover())
		}()
		defer func() {
			fmt.Println("indirect recover:", helperRecover())
		}()
		panic("p1")
	}()
	wg.Wait()

	// A panic replaced by a later panic in a deferred call; recover sees the latest.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recovered:", recover()) }()
		defer func() { panic("second") }()
		panic("first")
	}()
	wg.Wait()

	// Deferred calls modify named results even when recovering.
	res := make(chan string)
	go func() {
		f := func() (s string, err error) {
			defer func() {
				if r := recover(); r != nil {
					s = "fallback"
					err = fmt.Errorf("recovered: %v", r)
				}
			}()
			var m map[string]int
			m["x"]++
			return "normal", nil
		}
		s, err := f()
		res <- s + " / " + err.Error()
	}()
	fmt.Println(<-res)

	// Goexit runs deferred calls in LIFO order, including ones registered in loops.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 3 {
			defer fmt.Println("deferred", i)
		}
		runtime.Goexit()
	}()
	wg.Wait()

	// recover after Goexit started returns nil; a panic in a defer during Goexit is a normal panic.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recovered during goexit:", recover()) }()
		defer func() { panic("panic during goexit") }()
		runtime.Goexit()
	}()
	wg.Wait()
	fmt.Println("end")
}
