// fmt: integer verbs %d %b %o %O %x %X %v with flags + - # 0 space, width and precision, on every int size.
package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 7, 42, -42, 255, -255, 1 << 40, -9223372036854775808, 9223372036854775807}
	for _, v := range vals {
		fmt.Printf("%d|%+d|% d|%5d|%-5d|%05d|%+05d|% 05d|%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%5.0d\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v)
		fmt.Printf("%b|%o|%#o|%O|%x|%#x|%X|%#X|%#b|%+x|% x|%#08x|%-#8x|\n", v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%d %d %d %d %d\n", int8(-128), int16(-32768), int32(-2147483648), uint8(255), uint16(65535))
	fmt.Printf("%x %x %X %o %b\n", uint32(4294967295), uint64(18446744073709551615), uint(0xdeadbeef), uintptr(8), uint8(5))
	fmt.Printf("%v %v %#v %#v %#v %#v\n", int8(-5), uint64(5), 42, uint(42), int64(-1), uint8(255))
	fmt.Printf("[%6d][%-6d][%06d][%x][%X][% d]\n", -3, -3, -3, -3, -3, -3)
	fmt.Printf("%3d|%03d|%.5d|%10.5d|%-10.5x|\n", 123456, 123456, 123, -123, 0xabc)
}
