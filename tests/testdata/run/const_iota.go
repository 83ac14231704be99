// Checks iota in constant blocks: skipping, expressions, implicit repetition and typed iota constants.
package main

import "fmt"

const (
	Zero = iota
	One
	Two
	_
	Four
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	Sunday int16 = iota
	Monday
	Tuesday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "str"
	y
	z = iota
)

func main() {
	fmt.Println(Zero, One, Two, Four)
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	var w = Tuesday + 1
	fmt.Println(w)
	var big int64 = GB * 4
	fmt.Println(big)
}
