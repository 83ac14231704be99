package math

import "unsafe"

// Float64bits returns the IEEE 754 representation of f.
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits is the inverse of Float64bits.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Float32bits returns the IEEE 754 representation of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits is the inverse of Float32bits.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Inf returns +Inf for sign >= 0 and -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(infBits)
	}
	return Float64frombits(negInfBits)
}

// NaN returns a quiet "not a number" value.
func NaN() float64 { return Float64frombits(nanBits) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) bool { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either (0).
func IsInf(f float64, sign int) bool {
	switch {
	case sign > 0:
		return f > MaxFloat64
	case sign < 0:
		return f < -MaxFloat64
	}
	return f > MaxFloat64 || f < -MaxFloat64
}

// Signbit reports whether x has its sign bit set (also for -0 and NaNs).
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Abs returns |x|, clearing the sign bit.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// Copysign returns a value with f's magnitude and sign's sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// scaleSubnormal brings a subnormal x into the normal range, returning the
// power of two taken out.
func scaleSubnormal(x float64) (float64, int) {
	if Abs(x) < 0x1p-1022 {
		return x * 0x1p52, -52
	}
	return x, 0
}

// Frexp splits f into a fraction in [½, 1) and a power of two.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	f, exp = scaleSubnormal(f)
	b := Float64bits(f)
	exp += int(b>>fracBits&expMask) - expBias + 1
	b = b&^(expMask<<fracBits) | (expBias-1)<<fracBits
	return Float64frombits(b), exp
}

// Ldexp returns frac × 2^exp.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || IsInf(frac, 0) {
		return frac
	}
	frac, e := scaleSubnormal(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>fracBits&expMask) - expBias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	scale := 1.0
	if exp < -1022 {
		// the result is subnormal: build it 2^53 larger, then scale down once
		exp += 53
		scale = 0x1p-53
	}
	b = b&^(expMask<<fracBits) | uint64(exp+expBias)<<fracBits
	return scale * Float64frombits(b)
}

// Nextafter returns the float64 next to x in the direction of y.
func Nextafter(x, y float64) float64 {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the float32 next to x in the direction of y.
func Nextafter32(x, y float32) float32 {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

// Dim returns max(x-y, 0).
func Dim(x, y float64) float64 {
	d := x - y
	if d <= 0 {
		return 0
	}
	return d
}

// Max returns the larger of x and y; +Inf wins over NaN, NaN over the rest,
// and +0 over -0.
func Max(x, y float64) float64 {
	bx, by := Float64bits(x), Float64bits(y)
	if bx == infBits || by == infBits {
		return Inf(1)
	}
	if bx&^signBit > infBits || by&^signBit > infBits {
		return NaN()
	}
	if (bx|by)&^signBit == 0 {
		if bx == signBit {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x and y; -Inf wins over NaN, NaN over the rest,
// and -0 over +0.
func Min(x, y float64) float64 {
	bx, by := Float64bits(x), Float64bits(y)
	if bx == negInfBits || by == negInfBits {
		return Inf(-1)
	}
	if bx&^signBit > infBits || by&^signBit > infBits {
		return NaN()
	}
	if (bx|by)&^signBit == 0 {
		if bx == signBit {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}
