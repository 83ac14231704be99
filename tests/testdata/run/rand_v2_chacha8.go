// math/rand/v2 with a ChaCha8 source gives gc's exact sequence, across refills and rekeying.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(i * 7)
	}
	c := rand.NewChaCha8(seed)
	var x uint64
	for i := 0; i < 1000; i++ {
		v := c.Uint64()
		x ^= v + uint64(i)
		if i%97 == 0 {
			fmt.Println(i, v)
		}
	}
	fmt.Println(x)
	r := rand.New(rand.NewChaCha8([32]byte{}))
	fmt.Println(r.IntN(100), r.Float64(), r.Perm(8))
	d := rand.NewChaCha8(seed)
	b := make([]byte, 11)
	for i := 0; i < 3; i++ {
		n, err := d.Read(b)
		fmt.Println(n, err, b)
	}
	fmt.Println(d.Uint64())
}
