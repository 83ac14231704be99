// A table of trigonometric values in degrees, and reduction of huge arguments.
package main

import (
	"fmt"
	"math"
)

func main() {
	for deg := 0; deg <= 360; deg += 15 {
		r := float64(deg) * math.Pi / 180
		fmt.Printf("%3d %8.5f %8.5f %12.5g\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
	}
	for _, x := range []float64{1e6, 1e9, 1e15, 1e22, 1e300, -3e200} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.Atan2(1, 1)*4, math.Atan2(-3, -4), math.Hypot(3, 4))
}
