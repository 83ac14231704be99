// Pow with integer, fractional and negative exponents; Hypot without overflow.
package main

import (
	"fmt"
	"math"
)

func main() {
	bases := []float64{2, -2, 0.5, 10, 1.0001, 3.7}
	exps := []float64{0, 1, 2, 3, -1, 0.5, -0.5, 1.0 / 3, 10, 52.5, -20, 1023, 1e10}
	for _, b := range bases {
		for _, e := range exps {
			fmt.Print(math.Pow(b, e), " ")
		}
		fmt.Println()
	}
	fmt.Println(math.Pow10(0), math.Pow10(-5), math.Pow10(308), math.Pow10(309), math.Pow10(-324))
	fmt.Println(math.Hypot(3e300, 4e300), math.Hypot(1e-300, 1e-300), math.Hypot(-5, 12), math.Hypot(math.Inf(-1), math.NaN()))
}
