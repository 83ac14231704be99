// Checks the errors for assignments whose sides have different numbers of values.
package main

import "fmt"

func pair() (int, int) {
	return 1, 2
}

func main() {
	a, b := 1
	c := pair()
	var d, e, f = pair()
	fmt.Println(a, b, c, d, e, f)
}
