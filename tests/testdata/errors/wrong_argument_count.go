// Checks the errors for calls with too few or too many arguments.
package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func main() {
	fmt.Println(add(1))
	fmt.Println(add(1, 2, 3))
}
