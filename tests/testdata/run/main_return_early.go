// Checks that returning from main early (inside nested loops) exits with status 0 and skips the rest.
package main

import "fmt"

var steps int

func work(i, j int) bool {
	steps++
	return i*j == 12
}

func main() {
	fmt.Println("start")
	for i := 1; i < 10; i++ {
		for j := 1; j < 10; j++ {
			if work(i, j) {
				fmt.Println("found", i, j, "after", steps, "steps")
				if i > 1 {
					return
				}
			}
		}
	}
	fmt.Println("not reached")
}

func init() {
	steps = 100
	fmt.Println("init sets steps to", steps)
}

func unused() {
	fmt.Println("never called")
}

func alsoUnused(n int) int {
	if n > 0 {
		return alsoUnused(n - 1)
	}
	return 0
}
