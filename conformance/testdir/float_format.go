// run

// Formatting floats: %v, %f with precision, %e, %g, and Println's shortest form.
package main

import "fmt"

func main() {
	x := 2.0 / 3
	fmt.Println(x, float32(x), 1e21, 1e-7, 100.0)
	fmt.Printf("%.3f %8.2f %e %g %v\n", x, -x, 123456.789, 1e-10, 3.0)
}
