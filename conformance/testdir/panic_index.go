// run

// An index out of range panics with exit status 2; stdout holds what came before.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("start")
	fmt.Println(s[i])
}
