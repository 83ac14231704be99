// Checks bitwise operators &, |, ^, &^ and unary ^ on signed and unsigned integers.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Println(^a, ^0, ^-1)
	var u uint8 = 0x0F
	fmt.Println(^u, u|0xF0, u^0xFF)
	var w uint32 = 0xDEADBEEF
	fmt.Println(w&0xFFFF, w>>16, w&^0xFF)
	fmt.Println(popcount(0), popcount(255), popcount(0xFFFFFFFFFFFFFFFF))
	x := 0x7F
	x |= 0x100
	fmt.Println(x)
	x &= 0x1F0
	fmt.Println(x)
	x ^= 0xFFF
	fmt.Println(x)
	x &^= 0xF00
	fmt.Println(x)
	var s int16 = -1
	fmt.Println(s&0x7FFF, s^0x00FF)
	fmt.Println(-7&3, -7|3, -7^3)
	const c = ^uint16(0)
	fmt.Println(c)
}
