// run

package main

import "fmt"

func main() {
	x := 0.1
	y := 0.2
	fmt.Println(x+y, x*y, 1e100, float32(1)/3)
}
