// math/bits: Add, Sub, Mul, Div, Rem (32/64/uint) with carries, borrows and 128-bit products.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	x := uint64(88172645463325252)
	for i := 0; i < 60; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a := x
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		b := x
		if i%10 == 0 {
			b = ^uint64(0)
		}
		if i%10 == 1 {
			a = 0
		}
		c := uint64(i % 2)
		s, co := bits.Add64(a, b, c)
		d, bo := bits.Sub64(a, b, c)
		hi, lo := bits.Mul64(a, b)
		fmt.Println(a, b, s, co, d, bo, hi, lo)
		y := b | 1
		h := hi % y
		q, r := bits.Div64(h, lo, y)
		fmt.Println(q, r, bits.Rem64(hi, lo, y), bits.Rem64(a, b, y))
		a32, b32 := uint32(a), uint32(b>>7)
		s32, c32 := bits.Add32(a32, b32, uint32(c))
		d32, o32 := bits.Sub32(a32, b32, uint32(c))
		h32, l32 := bits.Mul32(a32, b32)
		y32 := b32 | 1
		q32, r32 := bits.Div32(h32%y32, l32, y32)
		fmt.Println(s32, c32, d32, o32, h32, l32, q32, r32, bits.Rem32(h32, l32, y32))
		su, cu := bits.Add(uint(a), uint(b), uint(c))
		du, bu := bits.Sub(uint(a), uint(b), uint(c))
		hu, lu := bits.Mul(uint(a), uint(b))
		qu, ru := bits.Div(hu%uint(y), lu, uint(y))
		fmt.Println(su, cu, du, bu, hu, lu, qu, ru, bits.Rem(hu, lu, uint(y)))
	}
}
