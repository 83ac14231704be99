package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct{ a, b int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %T: %v\n", name, err, err)
			var re interface{ RuntimeError() }
			if errors.As(err, &re) {
				fmt.Println("  is runtime error")
			}
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *T
	var s []int
	var i interface{} = "str"
	var arr [4]int
	idx := 5
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { fmt.Println(p.b) })
	try("index", func() { fmt.Println(s[idx]) })
	try("arr", func() { fmt.Println(arr[idx%8]) })
	try("slice", func() { fmt.Println(s[1:idx]) })
	try("slice3", func() { x := make([]int, 3, 10); fmt.Println(x[2:idx-4:idx]) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("assert2", func() { fmt.Println(i.(fmt.Stringer)) })
	try("div", func() { z := 0; fmt.Println(10 / z) })
	try("custom", func() { panic(fmt.Sprintf("bad %d", 42)) })
	try("err", func() { panic(errors.New("boom")) })
	try("int", func() { panic(7) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("conv", func() { x := []int{1, 2}; _ = [3]int(x) })
	try("neg", func() { n := -1; _ = make([]int, n) })
	try("str", func() { str := "héllo"; fmt.Println(str[idx*2]) })
	fmt.Println("now for real")
	if len(os.Args) > 5 {
		return
	}
	var e error = &os.PathError{Op: "open", Path: "/x", Err: os.ErrNotExist}
	panic(e)
}
