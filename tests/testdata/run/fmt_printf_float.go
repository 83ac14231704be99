// fmt: float verbs %v %e %E %f %F %g %G with precision (correct rounding, ties to even), flags, '#', Inf/NaN padding, float32.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.5, 2.5, 0.125, 3.14159265358979, -2.71828, 1e-7, 123456789.0, 1e21, 1e100, 5e-324, 1.7976931348623157e308, 0.1, 0.05, 0.95, 99.995, 1234.5678}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.0f|%.3e|%.3g|%10.3f|%-10.2e|%+.1f|% .4g|%08.3f|%#g|%#.3g|%#.0f|%#e\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %e %v\n", f32, f32, f32, f32, []float32{1.5, 0.3})
	fmt.Printf("%5.1f|%-8.3g|%+e\n", -0.05, 1e-5, 0.0)
	z := 0.0
	fmt.Printf("%f %v %+v % f %08.2f %-8f|\n", 1/z, -1/z, z/z, z/z, 1/z, z/z)
	fmt.Printf("%d %s %t\n", 1.5, 2.5, 3.5)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%b|%b|%12b|%-30b|%+b\n", 1.0, -0.1, float32(2.5), 1e300, 0.0)
}
