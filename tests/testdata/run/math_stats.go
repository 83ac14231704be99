// Mean, standard deviation and a least-squares fit of a small data set.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	ys := []float64{2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1}
	var sx, sy, sxx, sxy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		sxy += xs[i] * ys[i]
	}
	n := float64(len(xs))
	mean := sy / n
	var ss float64
	for _, y := range ys {
		ss += (y - mean) * (y - mean)
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icpt := (sy - slope*sx) / n
	fmt.Println(mean, math.Sqrt(ss/(n-1)), slope, icpt)
	fmt.Printf("%.3f %.3f %.6e\n", slope, icpt, math.Abs(slope-2))
	geo := 1.0
	for _, y := range ys {
		geo *= y
	}
	fmt.Println(math.Pow(geo, 1/n), math.Exp(math.Log(geo)/n))
}
