package main

// GOMAXPROCS and NumCPU: the default is at least one and at most the CPUs this
// process may use; GOMAXPROCS(n) returns the previous setting.

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.GOMAXPROCS(0)
	fmt.Println(n >= 1, n <= runtime.NumCPU(), runtime.NumCPU() >= 1)
	fmt.Println(runtime.GOMAXPROCS(3) == n)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(-1))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(0))
}
