// Checks typed and untyped constants, constant arithmetic beyond 64 bits and implicit typing.
package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98

const (
	MaxInt8   int8   = 1<<7 - 1
	MinInt8   int8   = -1 << 7
	MaxUint16 uint16 = 1<<16 - 1
	MaxInt64         = 1<<63 - 1
)

const greeting = "hi"
const doubled = greeting + greeting
const typedStr string = "typed"
const truth = 3 > 2 && greeting == "hi"

const quotient = 7 / 2
const remainder = -7 % 3
const mixed = (Big / (1 << 90)) * 3

func takesByte(b byte) int {
	return int(b) * 2
}

func main() {
	fmt.Println(Small, MaxInt8, MinInt8, MaxUint16, MaxInt64)
	fmt.Println(doubled, typedStr, truth, len(doubled))
	fmt.Println(quotient, remainder, mixed)
	fmt.Println(takesByte(100), takesByte('A'))
	var x int32 = Small * 1000
	var y uint8 = 'a'
	fmt.Println(x, y)
	const local = 12
	var z int64 = local << 30
	fmt.Println(z)
	fmt.Println(Big/Big, Big%7)
	const c = len("constant length")
	fmt.Println(c)
}
