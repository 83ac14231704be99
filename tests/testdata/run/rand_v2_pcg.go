// math/rand/v2 with a PCG source gives gc's exact sequence.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 6; i++ {
		fmt.Println(r.Uint64(), r.Int64(), r.Uint32(), r.Int32(), r.Int(), r.Uint())
		fmt.Println(r.IntN(10), r.Int64N(1<<50), r.Int32N(1000), r.Uint32N(7), r.Uint64N(3), r.UintN(1<<62), r.Float64(), r.Float32())
	}
	fmt.Println(r.Perm(10))
	p := rand.NewPCG(0, 0)
	fmt.Println(p.Uint64(), p.Uint64())
	p.Seed(5, 6)
	b, err := p.MarshalBinary()
	fmt.Println(b, err)
	var q rand.PCG
	fmt.Println(q.UnmarshalBinary(b), q.Uint64() == p.Uint64(), q.UnmarshalBinary([]byte("pcg")))
}
