// math/rand with a seeded source gives gc's exact sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 8; i++ {
		fmt.Println(r.Int63(), r.Int31(), r.Intn(1000), r.Int63n(1e15), r.Int31n(10), r.Uint32(), r.Uint64(), r.Int())
		fmt.Println(r.Float64(), r.Float32())
	}
	for _, seed := range []int64{0, 1, -1, 2147483647, 1 << 40, -1 << 63} {
		s := rand.NewSource(seed)
		fmt.Println(seed, s.Int63(), s.Int63())
	}
	r.Seed(7)
	a := r.Intn(1 << 40)
	r.Seed(7)
	fmt.Println(a, r.Intn(1<<40), a == r.Intn(1<<40)-0)
}
