// Exponentials and logarithms across the whole range, printed with all digits.
package main

import (
	"fmt"
	"math"
)

func main() {
	for e := -740.0; e <= 710; e += 37.3 {
		fmt.Printf("%.17g %.17g %.17g\n", e, math.Exp(e), math.Exp2(e/1.5))
	}
	for x := 1e-310; x < 1e308; x *= 1234.5 {
		fmt.Printf("%.17g %.17g %.17g %.17g\n", x, math.Log(x), math.Log2(x), math.Log10(x))
	}
	for _, x := range []float64{1e-20, 1e-10, 1e-5, 0.001, 0.1, 0.5, 1, 5, 40} {
		fmt.Printf("%.17g %.17g %.17g\n", x, math.Expm1(x), math.Log1p(x))
	}
	fmt.Println(math.Log2(8), math.Log2(1024), math.Log10(1000), math.Exp(1) == math.E)
}
