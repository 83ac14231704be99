// Checks the error for passing an argument of the wrong type to a function.
package main

import "fmt"

func double(n int) int {
	return n * 2
}

func greet(name string, times int) {
	fmt.Println(name, times)
}

func main() {
	fmt.Println(double("two"))
	greet(3, "x")
}
