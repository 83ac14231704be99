package main

import "fmt"

func main() {
	defer fmt.Println("a")
	go func(x int) {
		fmt.Println(x)
	}()
	go func() {}(1)
	f := func(a int, b ...string) {}
	f(1, "a", 2)
	f()
	var g func(int) = f
	fmt.Println(g)
}
