// Array values: zero values, indexing, len, assignment copies, arrays as parameters and results.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	var a [4]int
	fmt.Println(a, len(a))
	for i := 0; i < len(a); i++ {
		a[i] = i + 1
	}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	var names [3]string
	names[0], names[2] = "x", "z"
	fmt.Println(names, len(names[1]))
	flags := [2]bool{true}
	fmt.Println(flags)
	bs := [5]byte{'h', 'e', 'l', 'l', 'o'}
	fmt.Println(string(bs[:]), bs[1])
}
