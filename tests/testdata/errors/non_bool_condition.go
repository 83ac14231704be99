// Checks the errors for non-boolean conditions in if and for statements.
package main

import "fmt"

func main() {
	n := 3
	if n {
		fmt.Println("n")
	}
	for n {
		n--
	}
	s := "x"
	if !s {
		fmt.Println(s)
	}
}
