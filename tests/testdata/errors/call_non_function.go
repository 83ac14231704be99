// Checks the error for calling a value that is not a function.
package main

import "fmt"

func main() {
	x := 5
	s := "text"
	fmt.Println(x(1))
	fmt.Println(s())
}
