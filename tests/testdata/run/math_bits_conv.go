// Float64bits/Float32bits round trips, Frexp/Ldexp, and Nextafter stepping.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{1, -2.5, 0.1, math.MaxFloat64, math.SmallestNonzeroFloat64, 6.02214076e23} {
		b := math.Float64bits(x)
		fr, ex := math.Frexp(x)
		fmt.Printf("%v %#x %v %v %v %v\n", x, b, math.Float64frombits(b) == x, fr, ex, math.Ldexp(fr, ex))
	}
	for _, f := range []float32{1, -0.1, math.MaxFloat32, math.SmallestNonzeroFloat32} {
		b := math.Float32bits(f)
		fmt.Printf("%v %#x %v\n", f, b, math.Float32frombits(b))
	}
	x := 1.0
	for i := 0; i < 3; i++ {
		x = math.Nextafter(x, 2)
		fmt.Println(x)
	}
	fmt.Println(math.Nextafter(0, -1), math.Nextafter32(1, 0), math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(0.75, 1025))
}
