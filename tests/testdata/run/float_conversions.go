// Conversions between integers and floats (truncation toward zero) and between float sizes.
package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(f))
	var big uint64 = 1<<63 + 1024
	g := float64(big)
	fmt.Println(g, uint64(g) == 1<<63+1024, uint64(g))
	n := -17
	fmt.Println(float64(n)/4, float32(n)/3)
	var d float64 = 0.1
	s := float32(d)
	fmt.Println(s, float64(s), float64(s) == d)
	var u8 uint8 = 200
	var i16 int16 = -300
	fmt.Println(float64(u8)+0.5, float64(i16)*1.5)
	q := float32(123.75)
	fmt.Println(int(1e18), int32(q), uint(2.5e9))
	avg := float64(7) / float64(2)
	fmt.Println(avg, int(avg+0.5))
}
