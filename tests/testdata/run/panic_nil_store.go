// Storing through a nil pointer panics before anything is written.
package main

import "fmt"

func set(p *int, v int) {
	*p = v
}

func main() {
	var x int
	set(&x, 3)
	fmt.Println(x)
	set(nil, 4)
	fmt.Println("unreachable")
}
