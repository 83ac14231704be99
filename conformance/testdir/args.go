// run alpha beta

// Arguments after "// run" are passed to the program.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args)-1, os.Args[1:])
}
