// run

// Integer arithmetic with wrap-around, printed with fmt.Println.
package main

import "fmt"

func main() {
	var x int8 = 127
	x++
	var u uint16 = 0
	u--
	fmt.Println(x, u, 7/2, -7/2, 7%3, -7%3, 1<<10)
}
