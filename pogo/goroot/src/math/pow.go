package math

import "math/bits"

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false
	}
	ip, fp := Modf(x)
	return fp == 0 && int64(ip)&1 == 1
}

// Pow returns x^y: special cases as IEEE 754 pow; otherwise the integer part
// of y by repeated squaring of x's normalised fraction (exponents kept
// apart), the fractional part as Exp(yf*Log(x)).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}
	acc, accExp := 1.0, 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	xf, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// the exponent alone already over- or underflows
			accExp += xe
			break
		}
		if i&1 == 1 {
			acc *= xf
			accExp += xe
		}
		xf *= xf
		xe <<= 1
		if xf < .5 {
			xf += xf
			xe--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

var pow10small = [32]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10big = [10]float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10tiny = [11]float64{1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Pow10 returns 10^n as the product (or quotient) of two table entries.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10big[uint(n)/32] * pow10small[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10tiny[uint(-n)/32] / pow10small[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// Hypot returns Sqrt(p*p + q*q) without needless overflow, as gc's amd64
// assembly computes it: max × √(1 + (min/max)²).
func Hypot(p, q float64) float64 {
	bp, bq := Float64bits(p)&^signBit, Float64bits(q)&^signBit
	if bp >= infBits || bq >= infBits {
		if bp == infBits || bq == infBits {
			return Inf(1)
		}
		return NaN()
	}
	if bp|bq == 0 {
		return 0
	}
	p, q = Float64frombits(bp), Float64frombits(bq)
	if q > p {
		p, q = q, p
	}
	q /= p
	return p * Sqrt(q*q+1.0)
}

// Cbrt returns the cube root of x (FreeBSD's s_cbrt.c: a bit-level first
// guess, one rational step to 23 bits, then one Newton step in double).
func Cbrt(x float64) float64 {
	const (
		b1 = 715094163
		b2 = 696219795
		c  = 5.42857142857142815906e-01
		d  = -7.05306122448979611050e-01
		e  = 1.41428571428571436819e+00
		f  = 1.60714285714285720630e+00
		g  = 3.57142857142857150787e-01
	)
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < 0x1p-1022 {
		t = 0x1p54 * x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

// FMA returns x*y + z rounded once: the FMA instruction when the CPU has it
// (as gc), otherwise exact integer arithmetic.
func FMA(x, y, z float64) float64 {
	if useFMA() {
		return archFMA(x, y, z)
	}
	bx, by, bz := Float64bits(x), Float64bits(y), Float64bits(z)
	if x == 0 || y == 0 || bx&infBits == infBits || by&infBits == infBits {
		return x*y + z
	}
	if z == 0 {
		return x * y
	}
	if bz&infBits == infBits {
		return z
	}
	return softFMA(bx, by, bz)
}

// unpackFloat returns sign, mantissa with bit 52 set and exponent e such that
// |f| = m × 2^e, for finite non-zero f.
func unpackFloat(b uint64) (uint64, uint64, int) {
	m := b & fracMask
	e := int(b >> fracBits & expMask)
	if e == 0 {
		s := bits.LeadingZeros64(m) - 11
		m <<= uint(s)
		e = 1 - s
	} else {
		m |= 1 << fracBits
	}
	return b >> 63, m, e - expBias - fracBits
}

// shr128 shifts (hi, lo) right by n, or-ing lost bits into the lowest bit.
func shr128(hi, lo uint64, n uint) (uint64, uint64) {
	switch {
	case n == 0:
		return hi, lo
	case n >= 128:
		if hi|lo != 0 {
			return 0, 1
		}
		return 0, 0
	case n >= 64:
		sticky := lo
		if n > 64 {
			sticky |= hi << (128 - n)
		}
		lo = hi >> (n - 64)
		if sticky != 0 {
			lo |= 1
		}
		return 0, lo
	}
	sticky := lo << (64 - n)
	lo = lo>>n | hi<<(64-n)
	if sticky != 0 {
		lo |= 1
	}
	return hi >> n, lo
}

// shl128 shifts (hi, lo) left by n < 128.
func shl128(hi, lo uint64, n uint) (uint64, uint64) {
	if n >= 64 {
		return lo << (n - 64), 0
	}
	if n == 0 {
		return hi, lo
	}
	return hi<<n | lo>>(64-n), lo << n
}

func lz128(hi, lo uint64) uint {
	if hi != 0 {
		return uint(bits.LeadingZeros64(hi))
	}
	return 64 + uint(bits.LeadingZeros64(lo))
}

// softFMA computes x*y + z for finite non-zero x, y, z: the exact product and
// z as 128-bit integers with their top bit at bit 125, aligned with a sticky
// bit, added, then rounded to nearest even once.
func softFMA(bx, by, bz uint64) float64 {
	xs, xm, xe := unpackFloat(bx)
	ys, ym, ye := unpackFloat(by)
	zs, zm, ze := unpackFloat(bz)
	ps := xs ^ ys
	ph, pl := bits.Mul64(xm, ym)
	pe := xe + ye
	n := lz128(ph, pl) - 2
	ph, pl = shl128(ph, pl, n)
	pe -= int(n)
	zh, zl := shl128(0, zm, 73)
	ze -= 73
	if pe < ze || pe == ze && (ph < zh || ph == zh && pl < zl) {
		ps, ph, pl, pe, zs, zh, zl, ze = zs, zh, zl, ze, ps, ph, pl, pe
	}
	zh, zl = shr128(zh, zl, uint(pe-ze))
	var c uint64
	if ps == zs {
		pl, c = bits.Add64(pl, zl, 0)
		ph, _ = bits.Add64(ph, zh, c)
	} else {
		pl, c = bits.Sub64(pl, zl, 0)
		ph, _ = bits.Sub64(ph, zh, c)
		if ph|pl == 0 {
			return 0
		}
	}
	n = lz128(ph, pl)
	ph, pl = shl128(ph, pl, n)
	biased := 127 + pe - int(n) + expBias
	if biased < 1 {
		ph, pl = shr128(ph, pl, uint(1-biased))
		biased = 1
	}
	if biased >= 0x7FF {
		return Float64frombits(ps<<63 | infBits)
	}
	if pl != 0 {
		ph |= 1
	}
	mant := ph >> 11
	round := ph & 0x7FF
	if round > 0x400 || round == 0x400 && mant&1 == 1 {
		mant++
	}
	r := ps<<63 + uint64(biased-1)<<fracBits + mant
	return Float64frombits(r)
}
