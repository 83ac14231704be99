// Checks the errors for break and continue outside of a loop.
package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		break
	}
	continue
	fmt.Println(x)
}
