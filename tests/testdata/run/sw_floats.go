package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 123456789.0, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308, 100, 0.000001234}
	for _, v := range vals {
		fmt.Println(v, float32(v), strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', 4, 32))
		fmt.Printf("%v %.3f %8.2e %g %G %.10g\n", v, v, v, v, v, v)
	}
	var f32 float32 = 0.1
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += f32
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64, sum32 == 1, sum64 == 1)
	x := 0.0
	nan := x / x
	inf := 1 / x
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf)
	fmt.Println(int64(1e18), float64(int64(1<<53+1)))
	fmt.Println(3/2, 3.0/2, 3/2.0, float64(3)/2, 7%3, -7%3)
	a := 1e16
	fmt.Println(a+1 == a, a+2 == a)
	println(0.1, 1e21, 1e20, float32(0.1), 100.0, -0.0)
	var z float64
	println(-z, 1/(-z), nan, inf)
	h := 0.5
	for i := 0; i < 5; i++ {
		h = h*h + 0.25
	}
	fmt.Printf("%.17f %v\n", h, h)
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.05, 'f', 1, 64))
}
