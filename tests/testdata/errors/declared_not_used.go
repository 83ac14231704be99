// Checks the error for local variables that are declared but never used.
package main

import "fmt"

func main() {
	x := 1
	var y string
	a, b := 2, 3
	fmt.Println(a)
	z := 4
	z = 5
}
