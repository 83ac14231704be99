// run

// Integer division by zero is a run-time panic: exit status 2.
package main

import (
	"fmt"
	"os"
)

func main() {
	d := len(os.Args) - 1
	fmt.Println("dividing")
	fmt.Println(10 / d)
}
