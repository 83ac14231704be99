package big

import (
	"fmt"
	"strings"
)

// decimal is an exact or rounded decimal: 0.digits * 10**point, with no
// leading or trailing zero digits (no digits is zero).
type decimal struct {
	digits []byte
	point  int
}

// toDecimal returns the exact decimal of mant * 2**exp.
func toDecimal(mant nat, exp int) decimal {
	var d decimal
	if exp >= 0 {
		d.digits = nat(nil).shl(mant, uint(exp)).utoa(10)
		d.point = len(d.digits)
	} else {
		// mant / 2**k = mant * 5**k / 10**k
		k := -exp
		five := nat(nil).expNN(nat{5}, nat(nil).setWord(Word(k)), nil)
		d.digits = nat(nil).mul(mant, five).utoa(10)
		d.point = len(d.digits) - k
	}
	d.trim()
	return d
}

func (d *decimal) trim() {
	i := len(d.digits)
	for i > 0 && d.digits[i-1] == '0' {
		i--
	}
	d.digits = d.digits[:i]
	if i == 0 {
		d.point = 0
	}
}

// roundUpAt keeps n digits and adds one unit at the last kept one.
func (d *decimal) roundUpAt(n int) {
	i := n - 1
	for i >= 0 && d.digits[i] == '9' {
		i--
	}
	if i < 0 {
		d.digits = append(d.digits[:0], '1')
		d.point++
		return
	}
	d.digits[i]++
	d.digits = d.digits[:i+1]
}

// roundAt keeps n digits, rounding half to even on an exact tie.
func (d *decimal) roundAt(n int) {
	if n < 0 || n >= len(d.digits) {
		if n < 0 {
			d.digits, d.point = d.digits[:0], 0
		}
		return
	}
	up := d.digits[n] > '5' || d.digits[n] == '5' && (n+1 < len(d.digits) || n > 0 && (d.digits[n-1]-'0')&1 == 1)
	if up {
		d.roundUpAt(n)
	} else {
		d.digits = d.digits[:n]
	}
	d.trim()
}

// cmpDecimal compares two decimals.
func cmpDecimal(a, b decimal) int {
	if len(a.digits) == 0 || len(b.digits) == 0 {
		switch {
		case len(a.digits) == len(b.digits):
			return 0
		case len(a.digits) == 0:
			return -1
		}
		return 1
	}
	if a.point != b.point {
		if a.point < b.point {
			return -1
		}
		return 1
	}
	n := len(a.digits)
	if len(b.digits) > n {
		n = len(b.digits)
	}
	for i := 0; i < n; i++ {
		var x, y byte = '0', '0'
		if i < len(a.digits) {
			x = a.digits[i]
		}
		if i < len(b.digits) {
			y = b.digits[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// shortest finds the fewest digits that still read back as x at its
// precision: the candidates at each length are x rounded to nearest, then
// down, then up, each kept only if it lies between the midpoints to x's
// neighbours (inclusive when x's mantissa is even, as ties go to even).
func (x *Float) shortest() decimal {
	prec := int(x.prec)
	m, e := x.mant, x.exp
	if bl := m.bitLen(); bl < prec {
		m = nat(nil).shl(m, uint(prec-bl))
		e -= prec - bl
	}
	exact := toDecimal(m, e)
	// the neighbours' midpoints: half a unit either side (Go takes the same
	// half unit below a power of two too)
	m2 := nat(nil).shl(m, 1)
	upper := toDecimal(nat(nil).add(m2, nat{1}), e-1)
	lower := toDecimal(nat(nil).sub(m2, nat{1}), e-1)
	inclusive := m[0]&1 == 0
	inside := func(c decimal) bool {
		lo, hi := cmpDecimal(lower, c), cmpDecimal(c, upper)
		if inclusive {
			return lo <= 0 && hi <= 0
		}
		return lo < 0 && hi < 0
	}
	for n := 1; n < len(exact.digits); n++ {
		near := exact.clone()
		near.roundAt(n)
		if inside(near) {
			return near
		}
		down := exact.clone()
		down.digits = down.digits[:n]
		down.trim()
		if inside(down) {
			return down
		}
		up := exact.clone()
		up.roundUpAt(n)
		up.trim()
		if inside(up) {
			return up
		}
	}
	return exact
}

func (d decimal) clone() decimal {
	return decimal{digits: append([]byte(nil), d.digits...), point: d.point}
}

// Text returns x formatted like strconv.FormatFloat: 'e', 'E', 'f', 'g',
// 'G' with prec digits (-1: the fewest that read back as x at its
// precision). The binary formats 'b', 'p', 'x' are not supported yet.
func (x *Float) Text(format byte, prec int) string {
	return string(x.Append(nil, format, prec))
}

// String returns x.Text('g', 10).
func (x *Float) String() string { return x.Text('g', 10) }

// Append appends x.Text(format, prec) to buf.
func (x *Float) Append(buf []byte, format byte, prec int) []byte {
	if x.neg {
		buf = append(buf, '-')
	}
	if x.form == fInf {
		if !x.neg {
			buf = append(buf, '+')
		}
		return append(buf, "Inf"...)
	}
	switch format {
	case 'e', 'E', 'f', 'g', 'G':
	case 'p':
		return x.fmtP(buf)
	case 'b':
		return x.fmtB(buf)
	case 'x', 'X':
		panic("pogo: big.Float format '" + string(rune(format)) + "' not supported yet")
	default:
		return append(buf, '%', format)
	}
	var d decimal
	if x.form == fFinite {
		if prec < 0 {
			d = x.shortest()
		} else {
			d = toDecimal(x.mant, x.exp)
		}
	}
	shortest := prec < 0
	switch format {
	case 'e', 'E':
		if shortest {
			prec = len(d.digits) - 1
			if prec < 0 {
				prec = 0
			}
		} else {
			d.roundAt(prec + 1)
		}
		return fmtE(buf, format, prec, d)
	case 'f':
		if shortest {
			prec = len(d.digits) - d.point
			if prec < 0 {
				prec = 0
			}
		} else {
			d.roundAt(d.point + prec)
		}
		return fmtF(buf, prec, d)
	}
	// 'g', 'G'
	eprec := prec
	if shortest {
		eprec = 6
		prec = len(d.digits)
	} else {
		if prec == 0 {
			prec = 1
		}
		d.roundAt(prec)
		eprec = prec
		if eprec > len(d.digits) && len(d.digits) >= d.point {
			eprec = len(d.digits)
		}
	}
	exp := d.point - 1
	if exp < -4 || exp >= eprec {
		p := prec - 1
		if p > len(d.digits)-1 {
			p = len(d.digits) - 1
		}
		if p < 0 {
			p = 0
		}
		f := byte('e')
		if format == 'G' {
			f = 'E'
		}
		return fmtE(buf, f, p, d)
	}
	p := prec - d.point
	if p > len(d.digits)-d.point {
		p = len(d.digits) - d.point
	}
	if p < 0 {
		p = 0
	}
	return fmtF(buf, p, d)
}

func digitAt(d decimal, i int) byte {
	if i >= 0 && i < len(d.digits) {
		return d.digits[i]
	}
	return '0'
}

func fmtE(buf []byte, format byte, prec int, d decimal) []byte {
	buf = append(buf, digitAt(d, 0))
	if prec > 0 {
		buf = append(buf, '.')
		for i := 1; i <= prec; i++ {
			buf = append(buf, digitAt(d, i))
		}
	}
	exp := 0
	if len(d.digits) > 0 {
		exp = d.point - 1
	}
	buf = append(buf, format)
	if exp < 0 {
		buf = append(buf, '-')
		exp = -exp
	} else {
		buf = append(buf, '+')
	}
	if exp < 10 {
		buf = append(buf, '0')
	}
	return append(buf, itoa(exp)...)
}

func fmtF(buf []byte, prec int, d decimal) []byte {
	if d.point > 0 {
		for i := 0; i < d.point; i++ {
			buf = append(buf, digitAt(d, i))
		}
	} else {
		buf = append(buf, '0')
	}
	if prec > 0 {
		buf = append(buf, '.')
		for i := 0; i < prec; i++ {
			buf = append(buf, digitAt(d, d.point+i))
		}
	}
	return buf
}

// Format implements fmt.Formatter: %e %E %f %F %g %G %v (%v and %g without
// a precision use the shortest form), with '+', ' ', '-', '0' and width.
func (x *Float) Format(s fmt.State, format rune) {
	prec, hasPrec := s.Precision()
	if !hasPrec {
		prec = 6
	}
	switch format {
	case 'e', 'E', 'f':
	case 'F':
		format = 'f'
	case 'v', 'g', 'G':
		if format == 'v' {
			format = 'g'
		}
		if !hasPrec {
			prec = -1
		}
	case 'b', 'p':
	case 'x', 'X':
		panic("pogo: big.Float format %" + string(format) + " not supported yet")
	default:
		fmt.Fprintf(s, "%%!%c(*big.Float=%s)", format, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	buf := x.Append(nil, byte(format), prec)
	sign := ""
	switch {
	case buf[0] == '-':
		sign = "-"
		buf = buf[1:]
	case buf[0] == '+':
		sign = "+"
		if s.Flag(' ') {
			sign = " "
		}
		buf = buf[1:]
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	pad := 0
	if w, ok := s.Width(); ok && w > len(sign)+len(buf) {
		pad = w - len(sign) - len(buf)
	}
	var out []byte
	switch {
	case s.Flag('0') && !x.IsInf():
		out = append(out, sign...)
		out = append(out, strings.Repeat("0", pad)...)
		out = append(out, buf...)
	case s.Flag('-'):
		out = append(out, sign...)
		out = append(out, buf...)
		out = append(out, strings.Repeat(" ", pad)...)
	default:
		out = append(out, strings.Repeat(" ", pad)...)
		out = append(out, sign...)
		out = append(out, buf...)
	}
	s.Write(out)
}

// fmtP appends "0x." hex-mantissa "p" exponent with 0.5 <= 0.mantissa < 1
// (trailing zero digits dropped), or "0".
func (x *Float) fmtP(buf []byte) []byte {
	if x.form == fZero {
		return append(buf, '0')
	}
	bl := x.mant.bitLen()
	m := nat(nil).shl(x.mant, uint((4-bl%4)%4))
	hex := m.utoa(16)
	i := len(hex)
	for i > 0 && hex[i-1] == '0' {
		i--
	}
	buf = append(buf, "0x."...)
	buf = append(buf, hex[:i]...)
	buf = append(buf, 'p')
	e := x.exp + bl
	if e >= 0 {
		buf = append(buf, '+')
	}
	return append(buf, itoa(e)...)
}

// fmtB appends decimal-mantissa "p" exponent, the mantissa an integer of
// exactly x's precision in bits, or "0".
func (x *Float) fmtB(buf []byte) []byte {
	if x.form == fZero {
		return append(buf, '0')
	}
	m, e := x.mant, x.exp
	if d := int(x.prec) - m.bitLen(); d > 0 {
		m = nat(nil).shl(m, uint(d))
		e -= d
	}
	buf = append(buf, m.utoa(10)...)
	buf = append(buf, 'p')
	if e >= 0 {
		buf = append(buf, '+')
	}
	return append(buf, itoa(e)...)
}
