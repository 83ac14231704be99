package math

// archFMA is VFMADD231SD (pogo/compile/amd64/intrinsics.py); callers check
// useFMA first.
func archFMA(x, y, z float64) float64

// cpuHasFMA reports whether the CPU and OS support FMA and AVX.
func cpuHasFMA() bool

// fmaState caches cpuHasFMA: 0 not asked yet, 1 no, 2 yes. It is asked on first
// use rather than by an initialiser, so that programs that link package math
// without these functions (every user of strconv) run no init code for it.
var fmaState uint8

// useFMA selects Exp's fused evaluation, as gc's amd64 Exp does.
func useFMA() bool {
	if fmaState == 0 {
		fmaState = 1
		if cpuHasFMA() {
			fmaState = 2
		}
	}
	return fmaState == 2
}

// roundToInt32 converts like CVTSD2SL under the default rounding mode:
// nearest, ties to even; out of range and NaN give -2^31.
func roundToInt32(v float64) int {
	r := RoundToEven(v)
	if r >= -2147483648 && r <= 2147483647 {
		return int(r)
	}
	return -2147483648
}

// Exp returns e^x. On amd64 gc evaluates it in assembly after N. Shibata's
// method: k = round(x/ln2), r = (x - k ln2)/16, e^r - 1 by a degree-8 Taylor
// polynomial, squared back four times as y(y+2), then scaled by 2^k. Fused
// multiply-adds are used exactly where gc's FMA path uses them.
func Exp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2Upper = 0.69314718055966295651160180568695068359375
		ln2Lower = 0.28235290563031577122588448175013436025525412068e-12
		tooBig   = 7.09782712893384e+02
		t3       = 1.6666666666666666667e-1
		t4       = 4.1666666666666666667e-2
		t5       = 8.3333333333333333333e-3
		t6       = 1.3888888888888888889e-3
		t7       = 1.9841269841269841270e-4
		t8       = 2.4801587301587301587e-5
	)
	b := Float64bits(x)
	if b&^signBit >= infBits {
		if b == negInfBits {
			return 0
		}
		return x
	}
	if x > tooBig {
		return Inf(1)
	}
	k := roundToInt32(log2e * x)
	kf := float64(k)
	r := x
	var y float64
	if useFMA() {
		r = archFMA(-kf, ln2Upper, r)
		r = archFMA(-kf, ln2Lower, r)
		r *= 0.0625
		p := archFMA(t8, r, t7)
		p = archFMA(p, r, t6)
		p = archFMA(p, r, t5)
		p = archFMA(p, r, t4)
		p = archFMA(p, r, t3)
		p = archFMA(p, r, 0.5)
		p = archFMA(p, r, 1.0)
		y = r * p
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y = archFMA(y+2, y, 1.0)
	} else {
		r -= kf * ln2Upper
		r -= kf * ln2Lower
		r *= 0.0625
		p := ((((((t8*r+t7)*r+t6)*r+t5)*r+t4)*r+t3)*r+0.5)*r + 1.0
		y = r * p
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y *= y + 2
		y += 1.0
	}
	e := k + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		y *= Float64frombits(uint64(e+0x3FE) << fracBits)
		e = 1
	} else if e >= 0x7FF {
		return Inf(1)
	}
	return y * Float64frombits(uint64(e)<<fracBits)
}

// Exp2 returns 2^x: k = round(x), then e^((x-k) ln2) by expmulti.
func Exp2(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
	)
	switch {
	case x != x:
		return x
	case x > 1.0239999999999999e+03:
		return Inf(1)
	case x < -1.0740e+03:
		return 0
	}
	k := 0
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expmulti(t*ln2Hi, -t*ln2Lo, k)
}

// expmulti returns e^(hi-lo) × 2^k for |hi-lo| ≤ ½ln2 (FreeBSD's e_exp.c
// rational approximation).
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e^x - 1, accurate also for x near 0 (FreeBSD's s_expm1.c).
func Expm1(x float64) float64 {
	const (
		overflowAt = 7.09782712893383973096e+02
		ln2x56     = 3.88162421113569373274e+01
		ln2Halfx3  = 1.03972077083991796413e+00
		ln2Half    = 3.46573590279972654709e-01
		ln2Hi      = 6.93147180369123816490e-01
		ln2Lo      = 1.90821492927058770002e-10
		invLn2     = 1.44269504088896338700e+00
		tiny       = 0x1p-54
		q1         = -3.33333333333331316428e-02
		q2         = 1.58730158725481460165e-03
		q3         = -7.93650757867487942473e-05
		q4         = 4.00821782732936239552e-06
		q5         = -2.01099218183624371326e-07
	)
	if IsInf(x, 1) || x != x {
		return x
	}
	if IsInf(x, -1) {
		return -1
	}
	neg := x < 0
	ax := Abs(x)
	if ax >= ln2x56 {
		if neg {
			return -1
		}
		if ax >= overflowAt {
			return Inf(1)
		}
	}
	// Reduce: x = k ln2 + (hi - lo), c the rounding error of hi - lo.
	var c float64
	k := 0
	if ax > ln2Half {
		var hi, lo float64
		if ax < ln2Halfx3 {
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi
			lo = kf * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if ax < tiny {
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return Float64frombits(Float64bits(y)+uint64(k)<<fracBits) - 1
	case k < 20:
		t = Float64frombits(oneBits - (0x20000000000000 >> uint(k))) // 1 - 2^-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
	}
	t = Float64frombits(uint64(0x3FF-k) << fracBits) // 2^-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
}

// Log returns the natural logarithm of x. gc's amd64 assembly takes the
// fraction and exponent straight from the bits (subnormals included as they
// are), then follows FreeBSD's e_log.c.
func Log(x float64) float64 {
	const (
		halfSqrt2 = 7.07106781186547524401e-01
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		l1        = 6.666666666666735130e-01
		l2        = 3.999999999940941908e-01
		l3        = 2.857142874366239149e-01
		l4        = 2.222219843214978396e-01
		l5        = 1.818357216161805012e-01
		l6        = 1.531383769920937332e-01
		l7        = 1.479819860511658591e-01
	)
	b := Float64bits(x)
	switch {
	case b&^signBit == 0:
		return Inf(-1)
	case b&signBit != 0:
		return NaN()
	case b >= infBits:
		return x
	}
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int(b>>fracBits&expMask) - 0x3FE)
	if f1 <= halfSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (((l7*s4+l5)*s4+l3)*s4 + l1)
	t2 := s4 * ((l6*s4+l4)*s4 + l2)
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x, exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns log(1+x), accurate also for x near 0 (FreeBSD's s_log1p.c).
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01
		sqrt2HalfM1 = -2.928932188134524755992e-01
		small       = 0x1p-29
		tiny        = 0x1p-54
		two53       = 0x1p53
		ln2Hi       = 6.93147180369123816490e-01
		ln2Lo       = 1.90821492927058770002e-10
		lp1         = 6.666666666666735130e-01
		lp2         = 3.999999999940941908e-01
		lp3         = 2.857142874366239149e-01
		lp4         = 2.222219843214978396e-01
		lp5         = 1.818357216161805012e-01
		lp6         = 1.531383769920937332e-01
		lp7         = 1.479819860511658591e-01
	)
	switch {
	case x < -1 || x != x:
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	ax := Abs(x)
	var f, c float64
	var iu uint64
	k := 1
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			k, f, iu = 0, x, 1
		}
	}
	if k != 0 {
		var u float64
		if ax < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> fracBits) - expBias)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> fracBits) - expBias)
			c = 0
		}
		iu &= fracMask
		if iu < 0x0006a09e667f3bcd {
			u = Float64frombits(iu | oneBits)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	kf := float64(k)
	if iu == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return kf*ln2Hi - ((R - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+R) + (kf*ln2Lo + c))) - f)
}
