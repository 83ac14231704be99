// Checks unary operators: negation, bitwise complement, logical not and unary plus.
package main

import "fmt"

func neg(x int) int {
	return -x
}

func main() {
	a := 5
	fmt.Println(-a, +a, ^a, -(-a), ^^a)
	fmt.Println(neg(a), neg(-a), neg(0))
	b := true
	fmt.Println(!b, !!b, !(a > 3))
	var u uint8 = 1
	fmt.Println(-u, ^u)
	var i16 int16 = -32768
	fmt.Println(-i16, ^i16)
	var u64 uint64 = 1
	fmt.Println(-u64)
	c := -a * -a
	fmt.Println(c, - -a)
	const k = -(-7)
	fmt.Println(k, ^k)
	x := 0
	fmt.Println(-x == x, ^x)
	flags := make([]bool, 3)
	flags[0], flags[2] = true, true
	for i := range flags {
		flags[i] = !flags[i]
	}
	fmt.Println(flags[0], flags[1], flags[2])
}
