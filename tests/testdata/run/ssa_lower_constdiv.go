// Division, remainder and multiplication by constants, which lowering turns into
// multiplies by magic reciprocals, shifts and lea: every sign and edge value.

package main

import "fmt"

//go:noinline
func f(x int64, u uint64, y int32) {
	fmt.Println(x/3, x%3, x/7, x%7, x/-5, x%-5, x/10, x%10, x/1000000007, x%641, x/-9, x/6, x%6, x/12)
	fmt.Println(u/3, u%3, u/7, u%7, u/10, u%10, u/1000000007, u%641, u/6, u/12, u/0xfffffffffffffff1)
	fmt.Println(y/3, y%7, uint32(y)/7, uint8(y)/3, int8(y)/5, uint16(y)%10)
	fmt.Println(x*3, x*5, x*9, x*6, x*40, x*72, x*-1, x*8, x*7, u*12, y*10)
	fmt.Println(x/4, x%8, x/-4, x%-8, x/-9223372036854775808, x%-9223372036854775808, u/16, u%16, u/9223372036854775808, u%9223372036854775808)
	fmt.Println(y/2, y%2, y/-16, y%-16, int8(y)/4, int8(y)%4, uint8(y)/8, uint8(y)%8)
	fmt.Println(x+x*4+7, x+x<<3, x+(x+1)*2+3)
	fmt.Println(x&0xFF, x&0xFFFF, x&0xFFFFFFFF, u&0xFFFFFFFF, y&0xFFFF, x^-1, 0-x, x+(-y2(x)), x-(-y2(x)))
}

func y2(x int64) int64 { return x*2 + 1 }

func main() {
	vals := []int64{0, 1, -1, 2, 3, -3, 7, -7, 100, -100, 1 << 62, -(1 << 62), 9223372036854775807, -9223372036854775808, 123456789, -987654321012}
	for _, v := range vals {
		f(v, uint64(v), int32(v))
	}
}
