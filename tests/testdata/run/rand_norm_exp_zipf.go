// NormFloat64, ExpFloat64 and Zipf from seeded sources of math/rand and math/rand/v2.
package main

import (
	"fmt"
	"math"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(7))
	var sum, sq float64
	for i := 0; i < 5000; i++ {
		x := r.NormFloat64()*2 + 10
		sum += x
		sq += x * x
		if i < 5 {
			fmt.Println(x, r.ExpFloat64())
		}
	}
	mean := sum / 5000
	fmt.Printf("%.6f %.6f\n", mean, math.Sqrt(sq/5000-mean*mean))
	q := randv2.New(randv2.NewPCG(11, 12))
	for i := 0; i < 5; i++ {
		fmt.Println(q.NormFloat64(), q.ExpFloat64())
	}
	z := rand.NewZipf(r, 1.2, 1, 100)
	hist := make([]int, 5)
	for i := 0; i < 3000; i++ {
		if k := z.Uint64(); k < 5 {
			hist[k]++
		}
	}
	fmt.Println(hist)
	z2 := randv2.NewZipf(q, 3, 2, 10)
	for i := 0; i < 10; i++ {
		fmt.Print(z2.Uint64(), " ")
	}
	fmt.Println(rand.NewZipf(r, 0.5, 1, 10) == nil)
}
