// Pointers to package-level variables, and package-level pointer variables.
package main

import "fmt"

var counter int
var cp = &counter
var name = "go"

func bump() { *cp += 1 }

func rename(p *string) { *p = *p + "pher" }

func main() {
	for i := 0; i < 5; i++ {
		bump()
	}
	fmt.Println(counter, *cp)
	rename(&name)
	fmt.Println(name)
	var local *int
	local = cp
	*local = 100
	fmt.Println(counter)
}
