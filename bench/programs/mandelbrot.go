// mandelbrot: decide for each point of an N×N grid over [-1.5,0.5]×[-1,1] whether it
// stays bounded after 50 iterations of z = z² + c. Prints the number of points inside and
// an FNV-1a hash of the bitmap (one bit per point, rows padded to bytes).
//
// usage: mandelbrot N
package main

import (
	"fmt"
	"os"
)

func inside(cr, ci float64) bool {
	zr, zi := 0.0, 0.0
	for i := 0; i < 50; i++ {
		zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
		if zr*zr+zi*zi > 4 {
			return false
		}
	}
	return true
}

// atoi parses a non-negative decimal argument by hand, so that the program needs only fmt
// and os from the standard library.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func main() {
	n := 200
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	hash := uint32(2166136261)
	total := 0
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		var bits byte
		nbits := 0
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			bits <<= 1
			if inside(cr, ci) {
				bits |= 1
				total++
			}
			nbits++
			if nbits == 8 || x == n-1 {
				bits <<= uint(8 - nbits)
				hash = (hash ^ uint32(bits)) * 16777619
				bits, nbits = 0, 0
			}
		}
	}
	fmt.Println(n, total, hash)
}
