// Numerical loops with floats: Newton's square root, series, and compound interest.
package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	fmt.Println(sqrt(2), sqrt(9), sqrt(1e10))
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	fmt.Println(pi)
	balance := 1000.0
	for year := 0; year < 10; year++ {
		balance *= 1.05
	}
	fmt.Println(balance, int(balance*100))
	e := 1.0
	term := 1.0
	for n := 1; n < 20; n++ {
		term /= float64(n)
		e += term
	}
	fmt.Println(e)
}
