// Dereferencing a nil pointer panics with gc's runtime error and exit status 2.
package main

import "fmt"

func get(p *int) int {
	return *p
}

func main() {
	x := 5
	fmt.Println(get(&x))
	var p *int
	fmt.Println("before")
	fmt.Println(get(p))
	fmt.Println("unreachable")
}
