package runtime

import "unsafe"

// printcomplex writes a complex number as print and println do: "(re+imi)", each part
// in its shortest form, the imaginary part always signed. bits is 32 for complex64.
func printcomplex(re, im float64, bits int) {
	var b [96]byte
	buf := append(b[:0], '(')
	buf = appendFloat(buf, re, bits)
	n := len(buf)
	buf = appendFloat(buf, im, bits)
	if buf[n] != '+' && buf[n] != '-' {
		buf = append(buf, 0)
		copy(buf[n+1:], buf[n:len(buf)-1])
		buf[n] = '+'
	}
	buf = append(buf, 'i', ')')
	writeAll(2, unsafe.Pointer(&buf[0]), len(buf))
}

func fabs(x float64) float64 {
	if x < 0 || x == 0 && 1/x < 0 {
		return -x
	}
	return x
}

func isInfinite(x float64) bool { return x > 1.7976931348623157e308 || x < -1.7976931348623157e308 }

func isFiniteNum(x float64) bool { return x == x && !isInfinite(x) }

// withSign returns |x| carrying the sign bit of s.
func withSign(x, s float64) float64 {
	bx := *(*uint64)(unsafe.Pointer(&x))
	bs := *(*uint64)(unsafe.Pointer(&s))
	r := bx&^(1<<63) | bs&(1<<63)
	return *(*float64)(unsafe.Pointer(&r))
}

// unitIfInf is ±1 (keeping x's sign) for an infinite x and ±0 otherwise.
func unitIfInf(x float64) float64 {
	if isInfinite(x) {
		return withSign(1, x)
	}
	return withSign(0, x)
}

// complex128div computes n/m the way gc does: Smith's scaling by the larger part of the
// divisor, then, if both result parts came out NaN, the corrections of C99 annex G for
// zero divisors and infinite operands.
func complex128div(n, m complex128) complex128 {
	a, b := real(n), imag(n)
	c, d := real(m), imag(m)
	var re, im float64
	if fabs(c) >= fabs(d) {
		r := d / c
		den := c + r*d
		re = (a + b*r) / den
		im = (b - a*r) / den
	} else {
		r := c / d
		den := d + r*c
		re = (a*r + b) / den
		im = (b*r - a) / den
	}
	if re != re && im != im {
		zero := 0.0
		inf := 1 / zero
		if c == 0 && d == 0 && (a == a || b == b) {
			re = withSign(inf, c) * a
			im = withSign(inf, c) * b
		} else if (isInfinite(a) || isInfinite(b)) && isFiniteNum(c) && isFiniteNum(d) {
			a, b = unitIfInf(a), unitIfInf(b)
			re = inf * (a*c + b*d)
			im = inf * (b*c - a*d)
		} else if (isInfinite(c) || isInfinite(d)) && isFiniteNum(a) && isFiniteNum(b) {
			c, d = unitIfInf(c), unitIfInf(d)
			re = 0 * (a*c + b*d)
			im = 0 * (b*c - a*d)
		}
	}
	return complex(re, im)
}
