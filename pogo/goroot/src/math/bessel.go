package math

// Bessel functions of the first and second kinds (FreeBSD's e_j0.c, e_j1.c
// and e_jn.c): rational approximations below 2, and above it the
// asymptotic form √(2/(πx))·(P cos(x-φ) - Q sin(x-φ)) with P and Q rational
// in 1/x² over four ranges (bessel_tables.go).

// besselRange returns the index of x's range in the tables (x ≥ 2).
func besselRange(x float64) int {
	switch {
	case x >= 8:
		return 0
	case x >= 4.5454:
		return 1
	case x >= 2.8571:
		return 2
	}
	return 3
}

// besselP evaluates 1 + R(z)/S(z), z = 1/x², from a P table (6 + 5 values per range).
func besselP(t []float64, x float64) float64 {
	k := besselRange(x) * 11
	p, q := t[k:k+6], t[k+6:k+11]
	z := 1 / (x * x)
	r := p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*p[5]))))
	s := 1 + z*(q[0]+z*(q[1]+z*(q[2]+z*(q[3]+z*q[4]))))
	return 1 + r/s
}

// besselQ evaluates (c + R(z)/S(z))/x from a Q table (6 + 6 values per range).
func besselQ(t []float64, x, c float64) float64 {
	k := besselRange(x) * 12
	p, q := t[k:k+6], t[k+6:k+12]
	z := 1 / (x * x)
	r := p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*p[5]))))
	s := 1 + z*(q[0]+z*(q[1]+z*(q[2]+z*(q[3]+z*(q[4]+z*q[5])))))
	return (c + r/s) / x
}

// besselLarge0 returns J0 (or Y0 if second) for x ≥ 2.
func besselLarge0(x float64, second bool) float64 {
	s, c := Sincos(x)
	ss, cc := s-c, s+c
	if x < MaxFloat64/2 {
		// cos(2x) = (c-s)(c+s) gives the smaller of ss, cc accurately
		z := -Cos(x + x)
		if s*c < 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	if x > 0x1p129 {
		if second {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		return (1 / SqrtPi) * cc / Sqrt(x)
	}
	u := besselP(besselP0[:], x)
	v := besselQ(besselQ0[:], x, -0.125)
	if second {
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
}

// besselLarge1 returns J1 (or Y1 if second) for x ≥ 2.
func besselLarge1(x float64, second bool) float64 {
	s, c := Sincos(x)
	ss, cc := -s-c, s-c
	if x < MaxFloat64/2 {
		z := Cos(x + x)
		if s*c > 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	if x > 0x1p129 {
		if second {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		return (1 / SqrtPi) * cc / Sqrt(x)
	}
	u := besselP(besselP1[:], x)
	v := besselQ(besselQ1[:], x, 0.375)
	if second {
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
}

// J0 returns the order-zero Bessel function of the first kind.
func J0(x float64) float64 {
	const (
		r02 = 1.56249999999999947958e-02
		r03 = -1.89979294238854721751e-04
		r04 = 1.82954049532700665670e-06
		r05 = -4.61832688532103189199e-09
		s01 = 1.56191029464890010492e-02
		s02 = 1.16926784663337450260e-04
		s03 = 5.13546550207318111446e-07
		s04 = 1.16614003333790000205e-09
	)
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		return besselLarge0(x, false)
	}
	if x < 0x1p-13 {
		if x < 0x1p-27 {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * (r02 + z*(r03+z*(r04+z*r05)))
	s := 1 + z*(s01+z*(s02+z*(s03+z*s04)))
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 returns the order-zero Bessel function of the second kind.
func Y0(x float64) float64 {
	const (
		u00 = -7.38042951086872317523e-02
		u01 = 1.76666452509181115538e-01
		u02 = -1.38185671945596898896e-02
		u03 = 3.47453432093683650238e-04
		u04 = -3.81407053724364161125e-06
		u05 = 1.95590137035022920206e-08
		u06 = -3.98205194132103398453e-11
		v01 = 1.27304834834123699328e-02
		v02 = 7.60068627350353253702e-05
		v03 = 2.59150851840457805467e-07
		v04 = 4.41110311332675467403e-10
	)
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		return besselLarge0(x, true)
	}
	if x <= 0x1p-27 {
		return u00 + (2/Pi)*Log(x)
	}
	z := x * x
	u := u00 + z*(u01+z*(u02+z*(u03+z*(u04+z*(u05+z*u06)))))
	v := 1 + z*(v01+z*(v02+z*(v03+z*v04)))
	return u/v + (2/Pi)*J0(x)*Log(x)
}

// J1 returns the order-one Bessel function of the first kind.
func J1(x float64) float64 {
	const (
		r00 = -6.25000000000000000000e-02
		r01 = 1.40705666955189706048e-03
		r02 = -1.59955631084035597520e-05
		r03 = 4.96727999609584448412e-08
		s01 = 1.91537599538363460805e-02
		s02 = 1.85946785588630915560e-04
		s03 = 1.17718464042623683263e-06
		s04 = 5.04636257076217042715e-09
		s05 = 1.23542274426137913908e-11
	)
	switch {
	case x != x:
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var z float64
	switch {
	case x >= 2:
		z = besselLarge1(x, false)
	case x < 0x1p-27:
		return 0.5 * x // gc returns |x|/2 here even for negative x
	default:
		z = x * x
		r := z * (r00 + z*(r01+z*(r02+z*r03)))
		s := 1.0 + z*(s01+z*(s02+z*(s03+z*(s04+z*s05))))
		r *= x
		z = 0.5*x + r/s
	}
	if neg {
		return -z
	}
	return z
}

// Y1 returns the order-one Bessel function of the second kind.
func Y1(x float64) float64 {
	const (
		u00 = -1.96057090646238940668e-01
		u01 = 5.04438716639811282616e-02
		u02 = -1.91256895875763547298e-03
		u03 = 2.35252600561610495928e-05
		u04 = -9.19099158039878874504e-08
		v00 = 1.99167318236649903973e-02
		v01 = 2.02552581025135171496e-04
		v02 = 1.35608801097516229404e-06
		v03 = 6.22741452364621501295e-09
		v04 = 1.66559246207992079114e-11
	)
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		return besselLarge1(x, true)
	}
	if x <= 0x1p-54 {
		return -(2 / Pi) / x
	}
	z := x * x
	u := u00 + z*(u01+z*(u02+z*(u03+z*u04)))
	v := 1 + z*(v00+z*(v01+z*(v02+z*(v03+z*v04))))
	return x*(u/v) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// besselHuge returns the leading asymptotic term for x ≥ 2^302, where the
// phase of order n only depends on n mod 4.
func besselHuge(n int, x float64, second bool) float64 {
	s, c := Sincos(x)
	var t float64
	if second {
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		default:
			t = s + c
		}
	} else {
		switch n & 3 {
		case 0:
			t = c + s
		case 1:
			t = -c + s
		case 2:
			t = -c - s
		default:
			t = c - s
		}
	}
	return (1 / SqrtPi) * t / Sqrt(x)
}

// Jn returns the order-n Bessel function of the first kind: forward
// recurrence from J0 and J1 when n ≤ x, otherwise a continued fraction for
// J(n)/J(n-1) and backward recurrence normalised by J0.
func Jn(n int, x float64) float64 {
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		neg = n&1 == 1
	}
	var b float64
	switch {
	case float64(n) <= x:
		if x >= 0x1p302 {
			b = besselHuge(n, x, false)
		} else {
			b = J1(x)
			a := J0(x)
			for i := 1; i < n; i++ {
				a, b = b, b*(float64(i+i)/x)-a
			}
		}
	case x < 0x1p-29:
		// first term of the power series: (x/2)^n / n!
		if n > 33 {
			b = 0
		} else {
			h := x * 0.5
			b = h
			f := 1.0
			for i := 2; i <= n; i++ {
				f *= float64(i)
				b *= h
			}
			b /= f
		}
	default:
		w := float64(n+n) / x
		h := 2 / x
		q0 := w
		z := w + h
		q1 := w*z - 1
		k := 1
		for q1 < 1e9 {
			k++
			z += h
			q0, q1 = q1, z*q1-q0
		}
		t := 0.0
		for i := 2 * (n + k); i >= n+n; i -= 2 {
			t = 1 / (float64(i)/x - t)
		}
		a := t
		b = 1
		nf := float64(n)
		v := 2 / x
		nf = nf * Log(Abs(v*nf))
		rescale := nf >= 7.09782712893383973096e+02
		for i := n - 1; i > 0; i-- {
			di := float64(i + i)
			a, b = b, b*di/x-a
			if rescale && b > 1e100 {
				a /= b
				t /= b
				b = 1
			}
		}
		b = t * J0(x) / b
	}
	if neg {
		return -b
	}
	return b
}

// Yn returns the order-n Bessel function of the second kind, by forward
// recurrence from Y0 and Y1.
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	if n == 1 {
		if neg {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= 0x1p302 {
		b = besselHuge(n, x, true)
	} else {
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}
