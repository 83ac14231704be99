// Checks that os.Exit sets the exit status and that code after it does not run.
package main

import (
	"fmt"
	"os"
)

func check(n int) bool {
	return n%7 == 0
}

func find(limit int) int {
	for i := 1; i < limit; i++ {
		if check(i) && i > 20 {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println("starting")
	r := find(100)
	fmt.Println("found", r)
	if r > 0 {
		fmt.Print("exiting with ", r, "\n")
		os.Exit(r)
	}
	fmt.Println("not reached")
}
