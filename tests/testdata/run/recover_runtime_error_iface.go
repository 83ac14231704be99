package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRT := r.(runtime.Error)
		msg := ""
		if isRT {
			msg = re.Error()
		}
		var pn *runtime.PanicNilError
		isNil := false
		if err, ok := r.(error); ok {
			isNil = errors.As(err, &pn)
		}
		fmt.Printf("%-8s runtime.Error=%-5v nil-panic=%-5v %v | %s\n", name, isRT, isNil, r, msg)
	}()
	f()
}

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	var m map[string]int
	var p *int
	s := []int{1}
	i := 5
	var x any = "str"
	c := make(chan int)
	close(c)
	try("nil", func() { panic(nil) })
	try("index", func() { _ = s[i] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = *p })
	try("div", func() { _ = i / (i - 5) })
	try("assert", func() { _ = x.(int) })
	try("closed", func() { c <- 1 })
	try("string", func() { panic("plain") })
	try("error", func() { panic(myErr{}) })

	// A panic(nil) in a WaitGroup.Go task is still a panic: recover sees it.
	var wg sync.WaitGroup
	got := make(chan any, 1)
	wg.Go(func() {
		defer func() { got <- recover() }()
		panic(nil)
	})
	wg.Wait()
	fmt.Printf("%T\n", <-got)
	var e runtime.Error = new(runtime.PanicNilError)
	fmt.Println(e)
}
