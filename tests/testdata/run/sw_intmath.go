package main

import (
	"fmt"
	"math/bits"
)

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			hi, lo := bits.Mul64(r, b)
			_, r = bits.Div64(hi, lo, m)
		}
		hi, lo := bits.Mul64(b, b)
		_, b = bits.Div64(hi, lo, m)
		e >>= 1
	}
	return r
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
	for _, a := range []uint64{2, 325, 9375, 28178, 450775, 9780504, 1795265022} {
		x := powmod(a, d, n)
		if x == 0 || x == 1 || x == n-1 {
			continue
		}
		comp := true
		for r := 1; r < s; r++ {
			hi, lo := bits.Mul64(x, x)
			_, x = bits.Div64(hi, lo, n)
			if x == n-1 {
				comp = false
				break
			}
		}
		if comp {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(gcd(1071, 462), gcd(1<<62, 1<<40))
	fmt.Println(isPrime(1000000007), isPrime(1<<61-1), isPrime(1<<61+1), isPrime(18446744073709551557))
	fmt.Println(bits.OnesCount64(0xff00ff), bits.LeadingZeros32(1), bits.TrailingZeros16(8), bits.Len(255), bits.Reverse8(1), bits.RotateLeft32(1, -1))
	var h uint64 = 14695981039346656037
	for _, c := range []byte("hash me") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println(h, int64(h), uint32(h), int16(h))
	var x int32 = 1 << 30
	x *= 4
	var y int64 = 1<<63 - 1
	y++
	fmt.Println(x, y, -y, y-1)
	var u uint16 = 3
	fmt.Println(u-5, ^u, u<<15, u>>1, -u)
	a, b := 17, -5
	fmt.Println(a/b, a%b, -a/b, -a%b, a&b, a|b, a^b, a&^b, b>>1, uint(b)>>60)
	var s8 int8 = 127
	s8 += 2
	var us uint = 0
	us--
	fmt.Println(s8, us, us+2)
	fib := [93]uint64{0, 1}
	for i := 2; i < len(fib); i++ {
		fib[i] = fib[i-1] + fib[i-2]
	}
	fmt.Println(fib[92], fib[92]*2)
	n := 1
	for i := 0; i < 70; i++ {
		n *= 3
	}
	fmt.Println(n)
	fmt.Println(7>>1, -7>>1, -7/2, uint8(7)>>1, int8(-128)>>7)
}
