// fmt prints floats like gc: shortest digits, exponent form for small and large magnitudes.
package main

import "fmt"

func main() {
	fmt.Println(0.0, 1.0, 100.0, 123456.0, 1234567.0, 1e6, 1e20, 1e21, 1e100)
	fmt.Println(0.5, 0.001, 0.0001, 0.00001, 1.25e-7, 3.14159, 2.0/3)
	fmt.Println(-2.5, -1e-10, 5e-324, 1.7976931348623157e308)
	fmt.Println(float32(0.1), float32(1)/3, float32(16777216), float32(1e-8))
	fmt.Println([]float64{0.1, 0.2, 0.3}, [2]float32{1.5, -0.25})
	fmt.Println(fmt.Sprint(1.5, 2.5), fmt.Sprint("x", 3.0))
}
