package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
	FlagHidden
	_
	FlagSys
)

func (f Flags) String() string {
	names := []string{"R", "W", "X", "H", "?", "S"}
	s := ""
	for i, n := range names {
		if f&(1<<i) != 0 {
			s += n
		} else {
			s += "-"
		}
	}
	return s
}

func popcount(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	return
}

func reverse(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	f := FlagRead | FlagExec | FlagSys
	fmt.Println(f, uint8(f), f&^FlagExec, f^FlagWrite)
	fmt.Printf("%08b %v %d\n", f, f, FlagSys)
	for _, x := range []uint64{0, 1, 0xff, 0xdeadbeef, math.MaxUint64, 1 << 63} {
		fmt.Printf("%#x: pop=%d/%d lz=%d tz=%d len=%d\n", x, popcount(x), bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	fmt.Printf("%032b\n%032b\n", uint32(0x12345678), reverse(0x12345678))
	fmt.Println(reverse(0x12345678) == bits.Reverse32(0x12345678))
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16 = -i16
	var i32 int32 = math.MaxInt32
	i32 *= 2
	var i64 int64 = math.MinInt64
	fmt.Println(i8, u8, i16, i32, i64/-1, i64%-1)
	a, b := uint32(0xffffffff), uint32(2)
	fmt.Println(a+b, a*b, b-a, a>>31, int32(a)>>31)
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.ReverseBytes32(0x01020304))
	x := -17
	fmt.Println(x>>1, x/2, x%3, -x%3, uint(x)>>60, x<<60)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(1)<<(sh-10), uint8(200)<<sh)
	fmt.Printf("%x %X %o %O %b\n", -255, 255, 8, 8, -5)
	fmt.Printf("%#o %#b %+d % d %05d|%-5d|\n", 8, 5, 3, 3, -42, 7)
	m := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(m[[2]int{2, 1}], len(m))
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
}
