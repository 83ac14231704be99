// Checks large unsigned and signed 64-bit values: printing, comparison, division and multiplication.
package main

import "fmt"

func main() {
	var max uint64 = 1<<64 - 1
	fmt.Println(max, max/10, max%10, max/3)
	var half uint64 = max / 2
	fmt.Println(half, half+1, half < max, half+half+1 == max)
	var minI int64 = -1 << 63
	var maxI int64 = 1<<63 - 1
	fmt.Println(minI, maxI, minI < maxI, minI+maxI)
	var u32 uint32 = 1<<32 - 1
	fmt.Println(u32, u32*u32, uint64(u32)*uint64(u32))
	f := uint64(1)
	for i := 1; i <= 20; i++ {
		f *= uint64(i)
	}
	fmt.Println("20! =", f)
	f *= 21
	fmt.Println("21! mod 2^64 =", f)
	var a uint64 = 0x8000000000000000
	var b uint64 = 0x7FFFFFFFFFFFFFFF
	fmt.Println(a > b, a/b, a%b)
	x := maxI
	count := 0
	for x > 0 {
		x /= 10
		count++
	}
	fmt.Println("digits:", count)
	var u uint = 18446744073709551615
	fmt.Println(u, u > 1<<63)
}
