// Special values: infinities, NaN, signed zeros and their classification.
package main

import (
	"fmt"
	"math"
)

func show(name string, v float64) {
	fmt.Printf("%s = %v (bits %#016x, nan=%v inf=%v neg=%v)\n", name, v, math.Float64bits(v), math.IsNaN(v), math.IsInf(v, 0), math.Signbit(v))
}

func main() {
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	negz := math.Copysign(0, -1)
	show("Inf", inf)
	show("-Inf", ninf)
	show("NaN", nan)
	show("-0", negz)
	show("Sqrt(-1)", math.Sqrt(-1))
	show("Log(0)", math.Log(0))
	show("Log(-1)", math.Log(-1))
	show("Exp(1000)", math.Exp(1000))
	show("Exp(-1000)", math.Exp(-1000))
	show("Pow(0,-1)", math.Pow(0, -1))
	show("Pow(-0,-3)", math.Pow(negz, -3))
	show("Pow(-8,1/3)", math.Pow(-8, 1.0/3))
	show("Mod(5,0)", math.Mod(5, 0))
	show("Atan2(0,-1)", math.Atan2(0, -1))
	show("Atan2(-0,-1)", math.Atan2(negz, -1))
	show("Max(NaN,Inf)", math.Max(nan, inf))
	show("Min(-0,0)", math.Min(0, negz))
	show("Max(-0,0)", math.Max(negz, 0))
	show("Floor(-0)", math.Floor(negz))
	show("Ceil(-0.5)", math.Ceil(-0.5))
	show("Trunc(-0.9)", math.Trunc(-0.9))
	show("Round(-0.4)", math.Round(-0.4))
	show("Tanh(-0)", math.Tanh(negz))
	show("Sin(Inf)", math.Sin(inf))
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(ninf, -1), nan == nan, inf > math.MaxFloat64)
}
