package math

// Sqrt returns the correctly rounded square root of x (SQRTSD; see
// pogo/compile/amd64/intrinsics.py).
func Sqrt(x float64) float64

// Trunc returns the integer part of x, keeping the sign of zero.
func Trunc(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>fracBits&expMask) - expBias
	if e < 0 {
		return Float64frombits(b & signBit) // |x| < 1
	}
	if e >= fracBits {
		return x // integral already, or Inf/NaN
	}
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Floor returns the largest integer not above x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < t {
		return t - 1
	}
	return t
}

// Ceil returns the smallest integer not below x.
func Ceil(x float64) float64 {
	t := Trunc(x)
	if x > t {
		return t + 1
	}
	return t
}

// Round returns the nearest integer, rounding halves away from zero.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>fracBits&expMask) - expBias
	switch {
	case e < -1:
		return Float64frombits(b & signBit)
	case e == -1:
		return Float64frombits(b&signBit | oneBits) // ½ ≤ |x| < 1
	case e >= fracBits:
		return x
	}
	// Adding half a unit of the integer position carries into it exactly
	// when the fraction is at least ½; then the fraction bits are cleared.
	b += uint64(1<<(fracBits-1)) >> uint(e)
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// RoundToEven returns the nearest integer, rounding halves to even.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>fracBits&expMask) - expBias
	switch {
	case e < -1:
		return Float64frombits(b & signBit)
	case e == -1:
		if b&fracMask == 0 {
			return Float64frombits(b & signBit) // exactly ½
		}
		return Float64frombits(b&signBit | oneBits)
	case e >= fracBits:
		return x
	}
	// Add just under half, plus the integer part's lowest bit: a tie then
	// carries only from an odd integer.
	odd := b >> uint(fracBits-e) & 1
	b += (uint64(1<<(fracBits-1)-1) + odd) >> uint(e)
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Modf splits f into integer and fractional parts, both with f's sign.
func Modf(f float64) (ip float64, fp float64) {
	ip = Trunc(f)
	fp = Copysign(f-ip, f)
	return
}

// Mod returns the remainder of x/y with x's sign, computed exactly by
// repeated subtraction of scaled copies of y.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || x != x || y != y {
		return NaN()
	}
	y = Abs(y)
	yf, ye := Frexp(y)
	r := x
	if x < 0 {
		r = -x
	}
	for r >= y {
		rf, re := Frexp(r)
		if rf < yf {
			re--
		}
		r -= Ldexp(y, re-ye)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder returns the IEEE 754 remainder x - n*y, n the integer nearest
// x/y (ties to even).
func Remainder(x, y float64) float64 {
	const tiny = 0x1p-1021
	switch {
	case x != x || y != y || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	y = Abs(y)
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= MaxFloat64/2 {
		x = Mod(x, y+y)
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}
