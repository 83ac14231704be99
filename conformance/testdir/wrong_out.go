// run

// Its .out file is deliberately wrong: a failure the runner must report.
package main

import "fmt"

func main() {
	fmt.Println(1 + 1)
}
