// Every shortest formatting of a float parses back to the same bits.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := 0.1
	bad := 0
	for i := 0; i < 2000; i++ {
		x = x*1.618033 + 0.000777
		if x > 1e300 {
			x = x / 1e299
		}
		for _, v := range []float64{x, 1 / x, -x * 1e-200} {
			for _, fm := range []byte{'g', 'e', 'f'} {
				s := strconv.FormatFloat(v, fm, -1, 64)
				y, err := strconv.ParseFloat(s, 64)
				if err != nil || math.Float64bits(y) != math.Float64bits(v) {
					bad++
					fmt.Println("mismatch", s, y, err)
				}
			}
			f32 := float32(v)
			s := strconv.FormatFloat(float64(f32), 'g', -1, 32)
			y, _ := strconv.ParseFloat(s, 32)
			if float32(y) != f32 && !math.IsInf(float64(f32), 0) {
				bad++
				fmt.Println("mismatch32", s)
			}
		}
	}
	fmt.Println("mismatches:", bad, "last", x)
}
