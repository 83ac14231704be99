// Writing to a nil map panics like gc.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"])
	m["a"] = 1
	fmt.Println("unreachable")
}
