// The constants of package math, typed and untyped.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), uint32(math.MaxUint32), math.MaxUint16, math.MaxUint8)
	const big = math.Pi * 1e100
	fmt.Println(big/1e100 == math.Pi, float32(math.Pi), math.Sqrt(2) == math.Sqrt2)
}
