// Checks the missing return error for functions that can fall off the end.
package main

import "fmt"

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func loop(n int) int {
	for n > 0 {
		return n
	}
}

func main() {
	fmt.Println(sign(3), loop(2))
}
