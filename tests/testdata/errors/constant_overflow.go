// Checks the errors for constants that overflow their integer types.
package main

import "fmt"

func main() {
	var a int8 = 200
	var b uint8 = -1
	const big = 1 << 70
	var c int = big
	fmt.Println(a, b, c)
}
