// Bessel functions, the error function family and Lgamma on a grid.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{-3, -0.5, 1e-10, 0.5, 1, 2, 2.5, 3, 5, 7.5, 10, 50, 1e10} {
		fmt.Println(x, math.J0(x), math.J1(x), math.Jn(3, x), math.Jn(-2, x))
		if x > 0 {
			fmt.Println("  ", math.Y0(x), math.Y1(x), math.Yn(4, x), math.Yn(-3, x))
		}
		lg, s := math.Lgamma(x)
		fmt.Println("  ", math.Erf(x/3), math.Erfc(x/3), lg, s)
	}
	for _, p := range []float64{-0.99, -0.5, 0, 0.1, 0.5, 0.9, 0.999999} {
		fmt.Println(p, math.Erfinv(p), math.Erfcinv(1-p), math.Erf(math.Erfinv(p)))
	}
	fmt.Println(math.Asinh(1), math.Acosh(2), math.Atanh(0.5), math.Logb(1000), math.Ilogb(1e-300))
}
