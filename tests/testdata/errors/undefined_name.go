// Checks that uses of undeclared names are reported as undefined.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x + y)
	undefinedFunc(x)
	fmt.Println(fmt.Nope)
}
