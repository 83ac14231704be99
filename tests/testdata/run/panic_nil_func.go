// Calling a nil func value panics with gc's nil dereference error.
package main

import "fmt"

func main() {
	f := func() int { return 1 }
	fmt.Println(f())
	var g func() int
	fmt.Println(g())
}
