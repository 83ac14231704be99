package main

import (
	"fmt"
	"math"
)

const x = 10
const y = x / 0
const z int8 = 1 << 7
const s = "abc" + 1
const f float32 = math.MaxFloat64
const u uint = -x

var v = 5

const w = v * 2

func main() {
	const big = 1 << 62
	var n int32 = big
	fmt.Println(x, y, z, s, f, u, w, n)
	fmt.Println(1 / 0.0)
	fmt.Println(x % 0)
	var i = 7
	fmt.Println(i / 0)
}
