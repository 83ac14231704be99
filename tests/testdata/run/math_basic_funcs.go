// Common math functions on ordinary arguments.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0.25, 0.5, 1, 2, 3, 10, 123.456}
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(x), math.Cbrt(x), math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x))
		fmt.Println(" ", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Sinh(x), math.Cosh(x), math.Tanh(x))
	}
	for _, x := range []float64{-1, -0.5, 0, 0.3, 0.9, 1} {
		fmt.Println(x, math.Asin(x), math.Acos(x), math.Expm1(x), math.Log1p(x))
	}
}
