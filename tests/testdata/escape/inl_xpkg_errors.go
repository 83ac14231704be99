package main

import (
	"errors"
	"math"
)

var errNeg = errors.New("negative")

func mag(x float64) (float64, error) {
	if math.IsNaN(x) {
		return 0, errNeg
	}
	return math.Abs(x), nil
}

func check(x int) error {
	if x > 100 {
		return errors.New("too big")
	}
	return nil
}

//go:noinline
func main() {
	r, err := mag(-16)
	println(int(r), err == nil)
	_, err = mag(math.NaN())
	println(err == errNeg, check(200) != nil, check(1) == nil)
	println(math.Float64bits(1.0) != 0, math.Signbit(-2))
}
