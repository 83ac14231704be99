// Deferred closures can read and modify named results after the return statement sets them.
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func count() (n int) {
	defer func() { n++ }()
	defer func() { n += 10 }()
	n = 1
	return
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double(), count(), unnamed())
}
