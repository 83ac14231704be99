// ChaCha8 state encoding round trip (with buffered Read bytes) and Time.GobEncode.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	var seed [32]byte
	seed[3] = 9
	c := rand.NewChaCha8(seed)
	for i := 0; i < 100; i++ {
		c.Uint64()
	}
	b := make([]byte, 3)
	c.Read(b)
	m, err := c.MarshalBinary()
	fmt.Println(m, err)
	var d rand.ChaCha8
	fmt.Println(d.UnmarshalBinary(m), d.Uint64() == c.Uint64(), d.UnmarshalBinary([]byte("chacha8:xx")), d.UnmarshalBinary([]byte("readbuf:\x09")))
	for i := 0; i < 200; i++ {
		x, y := c.Uint64(), d.Uint64()
		if x != y {
			fmt.Println("diverge", i)
			break
		}
	}
	g, err := time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC).GobEncode()
	fmt.Println(g, err)
}
