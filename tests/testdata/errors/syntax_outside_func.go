// Checks the syntax error for a statement at package level.
package main

import "fmt"

x := 5

func main() {
	fmt.Println("hi")
}
