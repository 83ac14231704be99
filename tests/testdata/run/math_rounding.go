// Floor, Ceil, Trunc, Round, RoundToEven, Modf and Mod on halves and edges.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 2.4999999999999996, 0.49999999999999994,
		-7.25, 1e15 + 0.5, 4503599627370495.5, 1e300, 123456.789}
	for _, x := range xs {
		i, f := math.Modf(x)
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), i, f)
	}
	for _, p := range [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {5.5, 2}, {1e20, 3}, {0.3, 0.1}, {-0.0, 2}} {
		fmt.Println(p[0], p[1], math.Mod(p[0], p[1]), math.Remainder(p[0], p[1]), math.Dim(p[0], p[1]))
	}
}
