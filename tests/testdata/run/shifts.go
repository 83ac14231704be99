// Checks left and right shifts: arithmetic shift for signed, logical for unsigned, large shift counts.
package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 64; i += 9 {
		fmt.Println(i, x<<i)
	}
	neg := -1024
	fmt.Println(neg>>1, neg>>5, neg>>20, neg>>63)
	var u uint64 = 1 << 63
	fmt.Println(u, u>>1, u>>63, u>>64)
	var s uint = 70
	fmt.Println(x<<s, neg>>s)
	var b uint8 = 0x81
	fmt.Println(b<<1, b>>1, b<<7)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8<<1)
	n := 3
	fmt.Println(5<<n, 100>>n)
	v := 1
	v <<= 10
	fmt.Println(v)
	v >>= 3
	fmt.Println(v)
	var k uint32 = 0xF0000000
	fmt.Println(k>>28, k<<4, int32(k)>>28)
	const big = 1 << 100 >> 98
	fmt.Println(big)
}
