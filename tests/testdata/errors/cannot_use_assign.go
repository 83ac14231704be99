// Checks the error for assigning a value of the wrong type to a variable.
package main

import "fmt"

func main() {
	var n int
	var s string
	n = "hello"
	s = 42
	var b bool = 1
	fmt.Println(n, s, b)
}
