// Checks the error for an imported package that is never used.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("only fmt is used")
}
