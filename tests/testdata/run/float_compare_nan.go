// Float comparisons follow IEEE rules: NaN is unordered, +0 equals -0, infinities order.
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	ninf := -inf
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	fmt.Println(inf > 1e308, ninf < -1e308, inf == inf, inf+ninf)
	nz := -zero
	fmt.Println(nz == zero, nz, 1/nz)
	fmt.Println(1.5 < 2.5, 2.5 <= 2.5, 3.0 > 2.9, 2.0 >= 2.1)
	vals := []float64{3, -1, 2.5, 0, -7.25}
	min, max := vals[0], vals[0]
	for _, v := range vals {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	fmt.Println(min, max)
	fmt.Println(nan, inf, ninf)
}
