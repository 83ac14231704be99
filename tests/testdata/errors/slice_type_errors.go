// Checks the errors for misusing slices: wrong element type in append and indexing with a string.
package main

import "fmt"

func main() {
	s := make([]int, 2)
	s = append(s, "three")
	t := make([]string, 1)
	fmt.Println(s["0"], t[1] + 1)
	var b []byte = s
	fmt.Println(b)
}
