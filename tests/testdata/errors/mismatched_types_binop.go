// Checks the error for arithmetic between an int and a string, and between int and int64.
package main

import "fmt"

func main() {
	n := 1
	s := "a"
	var w int64 = 2
	fmt.Println(n + s)
	fmt.Println(n * w)
}
