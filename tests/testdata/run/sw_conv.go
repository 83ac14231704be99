package main

import "fmt"

//go:noinline
func f64(x float64) float64 { return x }

func main() {
	fs := []float64{-1.9, -0.5, 0.5, 1.9, 2.5, -2.5, 1e10, -1e10, 255.9, 256.1, -128.7}
	for _, f := range fs {
		fmt.Println(f, int(f), int8(int(f)), uint8(int(f)), int32(f), int64(f))
	}
	big := []float64{1 << 63, 1<<64 - 1, 9.2e18, 1.8e19, 123456789012345678}
	for _, f := range big {
		fmt.Println(uint64(f))
	}
	us := []uint64{0, 1, 1 << 63, 1<<64 - 1, 1<<63 + 1, 12345678901234567890, 1<<53 + 1}
	for _, u := range us {
		fmt.Println(u, float64(u), float32(u))
	}
	is := []int64{-1, -1 << 63, 1<<63 - 1, 1<<53 + 1, -(1<<53 + 1)}
	for _, i := range is {
		fmt.Println(i, float64(i), float32(i), uint64(i), uint32(i), int16(i))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32), float32(f64(0.1)), float64(float32(0.1)))
	runes := []rune{65, 0x4e16, -1, 0x110000, 0xD800, 0x10FFFF, 0}
	for _, r := range runes {
		s := string(r)
		fmt.Printf("%q %d %x\n", s, len(s), []byte(s))
	}
	fmt.Println(string(rune(0x263a)), string(byte(200)) == "\u00c8")
	b := []byte("héllo")
	b[0] = 'H'
	s := string(b)
	b[1] = 'x'
	fmt.Println(s, len(s), b)
	rs := []rune("héllo, 世界")
	fmt.Println(len(rs), rs[1], string(rs[7:]), string(rs))
	bad := string([]byte{0xff, 'a', 0xc0, 0x80})
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q\n", string([]rune{0xD800, 'a', -5}))
	type MyBytes []byte
	type MyStr string
	mb := MyBytes(MyStr("abc"))
	fmt.Println(mb, MyStr(mb), string(mb[1:]))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8*i8, uint8(i8)>>1, i8>>1, ^i8)
	var u8 uint8 = 255
	u8++
	u16, i16 := uint16(65535), int16(-32768)
	u16++
	i16--
	fmt.Println(u8, u16, i16)
}
