// Checks the errors for comparisons between operands of different types.
package main

import "fmt"

func main() {
	n := 1
	s := "1"
	var b byte = 1
	fmt.Println(n == s)
	fmt.Println(n < b)
	fmt.Println(s != true)
}
