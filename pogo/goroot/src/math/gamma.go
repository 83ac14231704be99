package math

// stirling returns Γ(x) for x > 33 by Stirling's series, as two factors whose
// product is the result (so that callers can avoid an overflow in between).
func stirling(x float64) (float64, float64) {
	const (
		s0          = 7.87311395793093628397e-04
		s1          = -2.29549961613378126380e-04
		s2          = -2.68132617805781232825e-03
		s3          = 3.47222221605458667310e-03
		s4          = 8.33333333333482257126e-02
		sqrtTwoPi   = 2.506628274631000502417
		maxStirling = 143.01608
	)
	if x > 200 {
		return Inf(1), 1
	}
	w := 1 / x
	w = 1 + w*((((s0*w+s1)*w+s2)*w+s3)*w+s4)
	y1 := Exp(x)
	y2 := 1.0
	if x > maxStirling {
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, sqrtTwoPi * w * y2
}

// Gamma returns the Gamma function of x (Cephes: Stirling above 33, the
// reflection formula below -33, otherwise a shift into [2, 3) and a rational
// approximation there).
func Gamma(x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	switch {
	case isNegInt(x) || IsInf(x, -1) || x != x:
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			y1, y2 := stirling(x)
			return y1 * y2
		}
		sign := 1
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		sq1, sq2 := stirling(q)
		az := Abs(z)
		d := az * sq1 * sq2
		if IsInf(d, 0) {
			z = Pi / az / sq1 / sq2
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	p = (((((x*1.60119522476751861407e-04+1.19135147006586384913e-03)*x+1.04213797561761569935e-02)*x+
		4.76367800457137231464e-02)*x+2.07448227648435975150e-01)*x+4.94214826801497100753e-01)*x +
		9.99999999999999996796e-01
	q = ((((((x*-2.31581873324120129819e-05+5.39605580493303397842e-04)*x-4.45641913851797240494e-03)*x+
		1.18139785222060435552e-02)*x+3.58236398605498653373e-02)*x-2.34591795718243348568e-01)*x+
		7.14304917030273074085e-02)*x + 1.00000000000000000320e+00
	return z * p / q
}

// gammaNearZero finishes Gamma when the shifted argument is within 1e-9 of 0.
func gammaNearZero(x, z, euler float64) float64 {
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

func isNegInt(x float64) bool {
	if x < 0 {
		_, fp := Modf(x)
		return fp == 0
	}
	return false
}
