package math

// The error function and its complement (FreeBSD's s_erf.c): a rational
// approximation of erf on [0, 0.84375), of erf-erx around 1 on
// [0.84375, 1.25), and of the asymptotic correction to e^(-x²)/x on two
// intervals beyond, where x² is split so that e^(-x²) keeps its precision.

const erx = 8.45062911510467529297e-01

// erfSmall returns erf(x)/x - 1 for 0 ≤ x < 0.84375.
func erfSmall(x float64) float64 {
	const (
		pp0 = 1.28379167095512558561e-01
		pp1 = -3.25042107247001499370e-01
		pp2 = -2.84817495755985104766e-02
		pp3 = -5.77027029648944159157e-03
		pp4 = -2.37630166566501626084e-05
		qq1 = 3.97917223959155352819e-01
		qq2 = 6.50222499887672944485e-02
		qq3 = 5.08130628187576562776e-03
		qq4 = 1.32494738004321644526e-04
		qq5 = -3.96022827877536812320e-06
	)
	z := x * x
	r := pp0 + z*(pp1+z*(pp2+z*(pp3+z*pp4)))
	s := 1 + z*(qq1+z*(qq2+z*(qq3+z*(qq4+z*qq5))))
	return r / s
}

// erfNearOne returns erf(x) - erx for 0.84375 ≤ x < 1.25.
func erfNearOne(x float64) float64 {
	const (
		pa0 = -2.36211856075265944077e-03
		pa1 = 4.14856118683748331666e-01
		pa2 = -3.72207876035701323847e-01
		pa3 = 3.18346619901161753674e-01
		pa4 = -1.10894694282396677476e-01
		pa5 = 3.54783043256182359371e-02
		pa6 = -2.16637559486879084300e-03
		qa1 = 1.06420880400844228286e-01
		qa2 = 5.40397917702171048937e-01
		qa3 = 7.18286544141962662868e-02
		qa4 = 1.26171219808761642112e-01
		qa5 = 1.36370839120290507362e-02
		qa6 = 1.19844998467991074170e-02
	)
	s := x - 1
	p := pa0 + s*(pa1+s*(pa2+s*(pa3+s*(pa4+s*(pa5+s*pa6)))))
	q := 1 + s*(qa1+s*(qa2+s*(qa3+s*(qa4+s*(qa5+s*qa6)))))
	return p / q
}

// erfTail returns erfc(x) for 1.25 ≤ x < 28.
func erfTail(x float64) float64 {
	const (
		ra0 = -9.86494403484714822705e-03
		ra1 = -6.93858572707181764372e-01
		ra2 = -1.05586262253232909814e+01
		ra3 = -6.23753324503260060396e+01
		ra4 = -1.62396669462573470355e+02
		ra5 = -1.84605092906711035994e+02
		ra6 = -8.12874355063065934246e+01
		ra7 = -9.81432934416914548592e+00
		sa1 = 1.96512716674392571292e+01
		sa2 = 1.37657754143519042600e+02
		sa3 = 4.34565877475229228821e+02
		sa4 = 6.45387271733267880336e+02
		sa5 = 4.29008140027567833386e+02
		sa6 = 1.08635005541779435134e+02
		sa7 = 6.57024977031928170135e+00
		sa8 = -6.04244152148580987438e-02
		rb0 = -9.86494292470009928597e-03
		rb1 = -7.99283237680523006574e-01
		rb2 = -1.77579549177547519889e+01
		rb3 = -1.60636384855821916062e+02
		rb4 = -6.37566443368389627722e+02
		rb5 = -1.02509513161107724954e+03
		rb6 = -4.83519191608651397019e+02
		sb1 = 3.03380607434824582924e+01
		sb2 = 3.25792512996573918826e+02
		sb3 = 1.53672958608443695994e+03
		sb4 = 3.19985821950859553908e+03
		sb5 = 2.55305040643316442583e+03
		sb6 = 4.74528541206955367215e+02
		sb7 = -2.24409524465858183362e+01
	)
	s := 1 / (x * x)
	var r, q float64
	if x < 1/0.35 {
		r = ra0 + s*(ra1+s*(ra2+s*(ra3+s*(ra4+s*(ra5+s*(ra6+s*ra7))))))
		q = 1 + s*(sa1+s*(sa2+s*(sa3+s*(sa4+s*(sa5+s*(sa6+s*(sa7+s*sa8)))))))
	} else {
		r = rb0 + s*(rb1+s*(rb2+s*(rb3+s*(rb4+s*(rb5+s*rb6)))))
		q = 1 + s*(sb1+s*(sb2+s*(sb3+s*(sb4+s*(sb5+s*(sb6+s*sb7))))))
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000) // x rounded to 21 bits
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r/q) / x
}

// Erf returns the error function of x.
func Erf(x float64) float64 {
	const (
		efx  = 1.28379167095512586316e-01
		efx8 = 1.02703333676410069053e+00
	)
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < 0x1p-28:
		if x < 2.848094538889218e-306 {
			r = 0.125 * (8.0*x + efx8*x)
		} else {
			r = x + efx*x
		}
	case x < 0.84375:
		r = x + x*erfSmall(x)
	case x < 1.25:
		if neg {
			return -erx - erfNearOne(x)
		}
		return erx + erfNearOne(x)
	case x >= 6:
		r = 1
	default:
		t := erfTail(x)
		if neg {
			return t - 1
		}
		return 1 - t
	}
	if neg {
		r = -r
	}
	return r
}

// Erfc returns 1 - Erf(x), accurate also where Erf(x) is near 1.
func Erfc(x float64) float64 {
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	switch {
	case x < 0.84375:
		var t float64
		switch {
		case x < 0x1p-56:
			t = x
		case x < 0.25:
			t = x + x*erfSmall(x)
		default:
			t = 0.5 + (x*erfSmall(x) + (x - 0.5))
		}
		if neg {
			return 1 + t
		}
		return 1 - t
	case x < 1.25:
		if neg {
			return 1 + erx + erfNearOne(x)
		}
		return 1 - erx - erfNearOne(x)
	case x < 28:
		if neg && x > 6 && x >= 1/0.35 {
			return 2
		}
		t := erfTail(x)
		if neg {
			return 2 - t
		}
		return t
	}
	if neg {
		return 2
	}
	return 0
}
