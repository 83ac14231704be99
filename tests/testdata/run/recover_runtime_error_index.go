package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("runtime error:", re.Error())
		}
	}()
	var a []int
	_ = a[3]
}
