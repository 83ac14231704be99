package main

import (
	"fmt"
	"math"
)

const (
	max32 = math.MaxFloat32
	ulp32 = 1 << (127 - 23)
)

func main() {
	// Just below the overflow threshold max32 + ulp32/2: rounds to max32, even though
	// a float64 rounding on the way would land on the threshold itself.
	a := float32(max32 + ulp32/2 - ulp32/(1<<64))
	b := float32(-(max32 + ulp32/2 - 1))
	var c float32 = max32 + ulp32/2 - 1.0/(1<<128)
	fmt.Println(a == max32, b == -max32, c == max32, a)
}
