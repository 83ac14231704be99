// Checks wrap-around on overflow of sized integer types in arithmetic and increments.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b uint8 = 250
	b += 10
	fmt.Println(b)
	var c uint8 = 3
	c -= 5
	fmt.Println(c)
	var d int16 = 32000
	d += 1000
	fmt.Println(d)
	var e int32 = 2147483647
	e = e + 1
	fmt.Println(e)
	var f uint32 = 0
	f--
	fmt.Println(f)
	var g uint16 = 300
	g *= 300
	fmt.Println(g)
	var h int64 = 9223372036854775807
	h++
	fmt.Println(h)
	var i uint64 = 0
	i--
	fmt.Println(i)
	var k int8 = -128
	k = -k
	fmt.Println(k)
	var m int8 = 100
	m = m * 3
	fmt.Println(m)
	var x int = 1
	for j := 0; j < 70; j++ {
		x *= 2
	}
	fmt.Println(x)
	var by byte = 255
	by++
	fmt.Println(by)
}
