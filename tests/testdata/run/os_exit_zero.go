// Checks that os.Exit(0) from a nested call stops the program with status 0.
package main

import (
	"fmt"
	"os"
)

func level3(n int) {
	fmt.Println("level3", n)
	if n == 0 {
		os.Exit(0)
	}
	level3(n - 1)
	fmt.Println("not reached either")
}

func level2() {
	fmt.Println("level2")
	level3(3)
}

func level1() {
	fmt.Println("level1")
	level2()
	fmt.Println("not reached")
}

func main() {
	level1()
	fmt.Println("main not reached")
}
