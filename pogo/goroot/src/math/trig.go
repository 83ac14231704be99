package math

import "math/bits"

// Sine, cosine and tangent follow Cephes: reduce |x| to z in [-π/4, π/4]
// and an octant j (π/4 split in three parts for small arguments, Payne-Hanek
// with 4/π in binary for |x| ≥ 2^29), then a polynomial in z².

const (
	pi4a = 7.85398125648498535156e-1
	pi4b = 3.77489470793079817668e-8
	pi4c = 2.69515142907905952645e-15

	reduceThreshold = 1 << 29
)

// sinPoly returns sin(z) for |z| ≤ π/4.
func sinPoly(z, zz float64) float64 {
	const (
		s0 = 1.58962301576546568060e-10
		s1 = -2.50507477628578072866e-8
		s2 = 2.75573136213857245213e-6
		s3 = -1.98412698295895385996e-4
		s4 = 8.33333333332211858878e-3
		s5 = -1.66666666666666307295e-1
	)
	return z + z*zz*((((((s0*zz)+s1)*zz+s2)*zz+s3)*zz+s4)*zz+s5)
}

// cosPoly returns cos(z) for |z| ≤ π/4.
func cosPoly(zz float64) float64 {
	const (
		c0 = -1.13585365213876817300e-11
		c1 = 2.08757008419747316778e-9
		c2 = -2.75573141792967388112e-7
		c3 = 2.48015872888517045348e-5
		c4 = -1.38888888888730564116e-3
		c5 = 4.16666666666665929218e-2
	)
	return 1.0 - 0.5*zz + zz*zz*((((((c0*zz)+c1)*zz+c2)*zz+c3)*zz+c4)*zz+c5)
}

// reduce returns the even octant j (mod 8 unless the caller masks) and the
// remainder z of a non-negative finite x.
func reduce(x float64, mask bool) (uint64, float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j := uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	if mask {
		j &= 7
	}
	return j, ((x - y*pi4a) - y*pi4b) - y*pi4c
}

// Sin returns the sine of x radians.
func Sin(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	j, z := reduce(x, true)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of x radians.
func Cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	neg := false
	j, z := reduce(Abs(x), true)
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x) (NaN, NaN for NaN and infinite x).
func Sincos(x float64) (sin, cos float64) {
	if x != x || IsInf(x, 0) {
		return NaN(), NaN()
	}
	return Sin(x), Cos(x)
}

// Tan returns the tangent of x radians.
func Tan(x float64) float64 {
	const (
		p0 = -1.30936939181383777646e4
		p1 = 1.15351664838587416140e6
		p2 = -1.79565251976484877988e7
		q1 = 1.36812963470692954678e4
		q2 = -1.32089234440210967447e6
		q3 = 2.50083801823357915839e7
		q4 = -5.38695755929454629881e7
	)
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	j, z := reduce(x, false)
	zz := z * z
	y := z
	if zz > 1e-14 {
		y = z + z*(zz*(((p0*zz)+p1)*zz+p2)/((((zz+q1)*zz+q2)*zz+q3)*zz+q4))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// fourOverPi holds the bits of 4/π, 64 per word, from the binary point
// (word 0 holds the integer part 1).
var fourOverPi = [20]uint64{
	0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
	0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
	0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
	0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
}

// trigReduce is Payne-Hanek reduction: multiply the 53-bit mantissa by the
// 192 bits of 4/π that matter at x's exponent; the top 3 integer bits give
// the octant, the following bits the fraction.
func trigReduce(x float64) (uint64, float64) {
	if x < Pi/4 {
		return 0, x
	}
	b := Float64bits(x)
	exp := int(b>>fracBits&expMask) - expBias - fracBits
	m := b&fracMask | 1<<fracBits
	word, sh := uint(exp+61)/64, uint(exp+61)%64
	w0 := fourOverPi[word]<<sh | fourOverPi[word+1]>>(64-sh)
	w1 := fourOverPi[word+1]<<sh | fourOverPi[word+2]>>(64-sh)
	w2 := fourOverPi[word+2]<<sh | fourOverPi[word+3]>>(64-sh)
	h2, _ := bits.Mul64(w2, m)
	h1, l1 := bits.Mul64(w1, m)
	l0 := w0 * m
	lo, carry := bits.Add64(l1, h2, 0)
	hi, _ := bits.Add64(l0, h1, carry)
	j := hi >> 61
	hi = hi<<3 | lo>>61
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(expBias - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - fracBits
	hi |= e << fracBits
	z := Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * (Pi / 4)
}

// atanKernel is Cephes' rational approximation of atan on [0, 0.66].
func atanKernel(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	return x*z + x
}

// atanPos is atan for x ≥ 0, reduced by tan(π/4 + t) and tan(π/2 - t).
func atanPos(x float64) float64 {
	const (
		moreBits = 6.123233995736765886130e-17 // π/2 - float64(π/2)
		tan3pi8  = 2.41421356237309504880
	)
	if x <= 0.66 {
		return atanKernel(x)
	}
	if x > tan3pi8 {
		return Pi/2 - atanKernel(1/x) + moreBits
	}
	return Pi/4 + atanKernel((x-1)/(x+1)) + 0.5*moreBits
}

// Atan returns the arctangent of x in radians.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanPos(x)
	}
	return -atanPos(-x)
}

// Asin returns the arcsine of x in radians.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x > 1 {
		return NaN()
	}
	t := Sqrt(1 - x*x)
	if x > 0.7 {
		t = Pi/2 - atanPos(t/x)
	} else {
		t = atanPos(x / t)
	}
	if neg {
		t = -t
	}
	return t
}

// Acos returns the arccosine of x in radians.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the angle of the point (x, y).
func Atan2(y, x float64) float64 {
	switch {
	case y != y || x != x:
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(Pi/4, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > 21:
		r = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		r = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		r = (((p3*sq+p2)*sq+p1)*sq + p0) * x
		r = r / (((sq+q2)*sq+q1)*sq + q0)
	}
	if neg {
		r = -r
	}
	return r
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	const (
		maxLog = 8.8029691931113054295988e+01
		p0     = -9.64399179425052238628e-1
		p1     = -9.92877231001918586564e1
		p2     = -1.61468768441708447952e3
		q0     = 1.12811678491632931402e2
		q1     = 2.23548839060100448583e3
		q2     = 4.84406305325125486048e3
	)
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
		return z
	}
	if x == 0 {
		return x
	}
	s := x * x
	return x + x*s*((p0*s+p1)*s+p2)/(((s+q0)*s+q1)*s+q2)
}
