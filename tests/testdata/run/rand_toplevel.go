// The unseeded top-level functions of math/rand and math/rand/v2 stay in range.
package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 2000; i++ {
		a := rand.Intn(10)
		b := randv2.IntN(10)
		f := rand.Float64()
		g := randv2.Float64()
		if a < 0 || a >= 10 || b < 0 || b >= 10 || f < 0 || f >= 1 || g < 0 || g >= 1 || rand.Int63() < 0 || randv2.Int64() < 0 {
			ok = false
		}
		seen[a] = true
	}
	p := rand.Perm(20)
	sum := 0
	for _, v := range p {
		sum += v
	}
	rand.Seed(1)
	fmt.Println(ok, len(seen), sum, len(randv2.Perm(5)), rand.Uint64() != rand.Uint64() || rand.Uint64() != rand.Uint64())
}
