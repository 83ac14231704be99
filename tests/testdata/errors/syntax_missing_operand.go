// Checks the syntax error for a binary expression whose right operand is missing.
package main

import "fmt"

func main() {
	x := 1 +
	fmt.Println(x)
	y := (3 * 4
	fmt.Println(y)
}
