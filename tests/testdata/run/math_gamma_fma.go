// Gamma (factorials), FMA versus separate rounding, and Cbrt.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0.5, 1, 2, 5, 10, 20.5, 171, 172, -0.5, -1.5, 1e-10, -40.5} {
		fmt.Println(x, math.Gamma(x))
	}
	a, b := 1+math.Pow(2, -30), 1-math.Pow(2, -30)
	fmt.Println(a*b-1, math.FMA(a, b, -1))
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), math.FMA(1e308, 10, -1e308), math.FMA(math.Inf(1), 0, 1))
	for _, x := range []float64{27, -64, 2, 1e-300, 3e300} {
		fmt.Println(math.Cbrt(x))
	}
}
