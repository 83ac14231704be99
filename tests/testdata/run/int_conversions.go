// Checks conversions between integer types: truncation, sign extension and zero extension.
package main

import "fmt"

func main() {
	n := 300
	fmt.Println(int8(n), uint8(n), int16(n), byte(n))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	fmt.Println(int8(neg), int32(neg), int64(neg))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint32(big), int(big))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8), int16(u8))
	var i8 int8 = -56
	fmt.Println(uint8(i8), uint32(i8), int(i8))
	var u32 uint32 = 4000000000
	fmt.Println(int32(u32), int64(u32), int(u32))
	var r rune = 'A'
	fmt.Println(r, byte(r), int(r)+1)
	var b byte = 'z'
	fmt.Println(rune(b), int64(b))
	x := 65537
	fmt.Println(uint16(x), int16(x*2))
	y := int16(-32768)
	fmt.Println(y, -y, int32(-y))
	m := uint64(18446744073709551615)
	fmt.Println(m, int64(m), uint32(m>>1))
}
