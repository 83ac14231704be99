// Checks the error for integer division and remainder by a constant zero.
package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
	fmt.Println(x % 0)
	const c = 5 / 0
}
