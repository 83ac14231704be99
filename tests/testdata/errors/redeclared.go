// Checks the errors for names declared twice in the same block.
package main

import "fmt"

var total int

var total string

func helper() {}

func helper() {}

func main() {
	x := 1
	var x int
	fmt.Println(x, total)
}
