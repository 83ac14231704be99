package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.Compiler, runtime.MemProfileRate > 0)
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)
	runtime.Breakpoint()
	fmt.Println("not reached")
}
