// math/bits: LeadingZeros, TrailingZeros, OnesCount, Len, Reverse, ReverseBytes, RotateLeft for all widths.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	x := uint64(0x9E3779B97F4A7C15)
	for i := 0; i < 40; i++ {
		v := x >> uint(i*3%64)
		if i%7 == 0 {
			v = 0
		}
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v), bits.Reverse64(v), bits.ReverseBytes64(v), bits.RotateLeft64(v, i-20))
		w := uint32(v)
		fmt.Println(w, bits.LeadingZeros32(w), bits.TrailingZeros32(w), bits.OnesCount32(w), bits.Len32(w), bits.Reverse32(w), bits.ReverseBytes32(w), bits.RotateLeft32(w, 13-i))
		h := uint16(v)
		fmt.Println(h, bits.LeadingZeros16(h), bits.TrailingZeros16(h), bits.OnesCount16(h), bits.Len16(h), bits.Reverse16(h), bits.ReverseBytes16(h), bits.RotateLeft16(h, i))
		b := uint8(v)
		fmt.Println(b, bits.LeadingZeros8(b), bits.TrailingZeros8(b), bits.OnesCount8(b), bits.Len8(b), bits.Reverse8(b), bits.RotateLeft8(b, -i))
		u := uint(v)
		fmt.Println(bits.LeadingZeros(u), bits.TrailingZeros(u), bits.OnesCount(u), bits.Len(u), bits.Reverse(u), bits.ReverseBytes(u), bits.RotateLeft(u, 64+i))
		x = x*6364136223846793005 + 1442695040888963407
	}
	fmt.Println(bits.UintSize)
}
