// Checks the syntax errors for unexpected tokens in an argument list.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x 2)
	fmt.Println(x)
}
