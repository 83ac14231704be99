// Checks the error for returning a value of the wrong type.
package main

import "fmt"

func name() string {
	return 7
}

func flag() bool {
	return "yes"
}

func main() {
	fmt.Println(name(), flag())
}
