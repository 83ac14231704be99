package strconv

import "math"

// ParseFloat: decimal input is converted exactly — the digits (up to 800
// significant ones, then a sticky flag) are scaled by powers of two with the
// exact decimal arithmetic of ftoa.go until the value is in [½, 1), then
// the mantissa bits are taken with one round-half-even step. Small
// float64 inputs take an exact float64 shortcut and most others Lemire's
// 128-bit multiplication (eisel.go), which falls back to the exact method
// when it cannot decide. Hex input ("0x1.8p3") rounds the binary mantissa
// directly.

const maxKeptDigits = 800

// floatFormat describes an IEEE 754 binary format.
type floatFormat struct {
	mantBits uint // explicit mantissa bits
	expBits  uint
	minExp   int // exponent of the smallest normal number
	maxExp   int // exponent of the largest finite number
}

func formatOf(bitSize int) floatFormat {
	if bitSize == 32 {
		return floatFormat{23, 8, -126, 127}
	}
	return floatFormat{52, 11, -1022, 1023}
}

// assemble returns the bits of ±mant × 2^(e-mantBits), where mant has bit
// mantBits set for normal numbers (e ≥ minExp) and not for subnormals.
func (f floatFormat) assemble(neg bool, mant uint64, e int) uint64 {
	var b uint64
	if mant>>f.mantBits == 0 {
		b = mant // subnormal or zero
	} else {
		b = uint64(e-f.minExp+1)<<f.mantBits | mant&(1<<f.mantBits-1)
	}
	if neg {
		b |= 1 << (f.mantBits + f.expBits)
	}
	return b
}

func (f floatFormat) inf(neg bool) uint64 {
	return f.assemble(neg, 1<<f.mantBits, f.maxExp+1)
}

func (f floatFormat) value(b uint64) float64 {
	if f.mantBits == 23 {
		return float64(math.Float32frombits(uint32(b)))
	}
	return math.Float64frombits(b)
}

// ParseFloat converts s to the nearest float64 (bitSize 64) or float32
// (bitSize 32, returned as a float64). It accepts Go's decimal and
// hexadecimal floating-point syntax (underscores only with a base prefix,
// as in Go literals) and, ignoring case, "inf", "infinity" and "nan" with
// an optional sign on the infinities. A value beyond the largest finite
// number gives ±Inf and an ErrRange *NumError.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) {
		return 0, fail("ParseFloat", s, errSyntax, 0)
	}
	if err != nil {
		return f, &NumError{"ParseFloat", cloneString(s), err}
	}
	return f, nil
}

// hasPrefixFold reports how many leading bytes of s match prefix (lower
// case), ignoring ASCII case.
func hasPrefixFold(s, prefix string) int {
	n := 0
	for n < len(s) && n < len(prefix) {
		c := s[n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[n] {
			break
		}
		n++
	}
	return n
}

// specialFloat recognises infinities and NaN at the start of s.
func specialFloat(s string) (float64, int, bool) {
	if s == "" {
		return 0, 0, false
	}
	sign, k := 1, 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		k = 1
	} else if lower(s[0]) == 'n' {
		if hasPrefixFold(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
		return 0, 0, false
	}
	n := hasPrefixFold(s[k:], "infinity")
	if n == 8 {
		return math.Inf(sign), k + 8, true
	}
	if n >= 3 {
		return math.Inf(sign), k + 3, true
	}
	return 0, 0, false
}

// floatText is what scanFloat read.
type floatText struct {
	neg   bool
	hex   bool
	trunc bool   // nonzero digits were dropped
	mant  uint64 // hex: the first 16 significant digits; decimal: the first 19
	exp   int    // hex: mant × 2^exp; decimal: mant × 10^exp (when !trunc)
	nMant int    // digits in mant
	dec   decimal
}

// scanFloat reads the longest float syntax at the start of s and returns
// how many bytes it took; ok is false for a syntax error.
func scanFloat(s string, t *floatText) (int, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		t.neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	maxMant := 19
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base, maxMant, expChar = 16, 16, 'p'
		t.hex = true
		i += 2
	}
	var digits []byte
	underscores, sawDot, sawDigits := false, false, false
	nd, dp := 0, 0
	for ; i < len(s); i++ {
		c := s[i]
		var v uint64
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawDot {
				break
			}
			sawDot = true
			dp = nd
			continue
		case '0' <= c && c <= '9':
			v = uint64(c - '0')
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			v = uint64(lower(c)-'a') + 10
		default:
			v = 99
		}
		if v == 99 || c == '.' {
			break
		}
		sawDigits = true
		if v == 0 && nd == 0 {
			dp-- // leading zeros only move the point
			continue
		}
		nd++
		if t.nMant < maxMant {
			t.mant = t.mant*base + v
			t.nMant++
		} else if v != 0 {
			t.trunc = true
		}
		if !t.hex {
			if len(digits) < maxKeptDigits {
				digits = append(digits, c)
			} else if v != 0 {
				t.dec.trunc = true
			}
		}
	}
	if !sawDigits {
		return i, false
	}
	if !sawDot {
		dp = nd
	}
	if t.hex {
		dp *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return i, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return i, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		dp += e * esign
	} else if t.hex {
		return i, false // a hex float needs its p exponent
	}
	if t.mant != 0 {
		if t.hex {
			t.exp = dp - 4*t.nMant
		} else {
			t.exp = dp - t.nMant
		}
	}
	if underscores && !underscoresOK(s[:i]) {
		return i, false
	}
	if !t.hex {
		t.dec.d = make([]byte, len(digits)+1400)
		copy(t.dec.d, digits)
		t.dec.nd = len(digits)
		t.dec.dp = dp
		t.dec.trim()
	}
	return i, true
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if f, n, ok := specialFloat(s); ok {
		return f, n, nil
	}
	var t floatText
	n, ok := scanFloat(s, &t)
	if !ok {
		return 0, n, ErrSyntax
	}
	ff := formatOf(bitSize)
	if t.hex {
		b, ovf := ff.fromBinary(t.neg, t.mant, t.exp, t.trunc)
		if ovf {
			return ff.value(b), n, ErrRange
		}
		return ff.value(b), n, nil
	}
	if bitSize != 32 && !t.trunc && t.mant < 1<<53 {
		if f, ok := exactFloat64(t.mant, t.exp, t.neg); ok {
			return f, n, nil
		}
	}
	// Lemire's method; with dropped digits the value lies between mant and
	// mant+1 units, and both must round the same way.
	if b, ok := ff.eiselLemire(t.mant, t.exp, t.neg); ok {
		if !t.trunc {
			return ff.value(b), n, nil
		}
		if c, ok := ff.eiselLemire(t.mant+1, t.exp, t.neg); ok && b == c {
			return ff.value(b), n, nil
		}
	}
	b, ovf := ff.fromDecimal(t.neg, &t.dec)
	if ovf {
		return ff.value(b), n, ErrRange
	}
	return ff.value(b), n, nil
}

// exactFloat64 handles mant × 10^exp when both mant and the power of ten
// are exact float64 values, so one rounding gives the correct result.
func exactFloat64(mant uint64, exp int, neg bool) (float64, bool) {
	f := float64(mant)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 15+22:
		if exp > 22 {
			// move surplus powers into the mantissa while it stays exact
			f *= math.Pow10(exp - 22)
			exp = 22
			if f > 1e15 || f < -1e15 {
				return 0, false
			}
		}
		return f * math.Pow10(exp), true
	case exp < 0 && exp >= -22:
		return f / math.Pow10(-exp), true
	}
	return 0, false
}

// fromBinary rounds ±mant × 2^exp (trunc: nonzero bits below mant were
// dropped) to the format; ovf reports an infinite result.
func (f floatFormat) fromBinary(neg bool, mant uint64, exp int, trunc bool) (uint64, bool) {
	if mant == 0 {
		return f.assemble(neg, 0, 0), false
	}
	n := 64 - leadingZeros64(mant)
	e := exp + n - 1 // exponent of the leading bit
	keep := int(f.mantBits) + 1
	if e < f.minExp {
		keep -= f.minExp - e
	}
	shift := n - keep
	var m uint64
	switch {
	case shift <= 0:
		m = mant << uint(-shift)
	case shift > 64:
		m = 0
	default:
		var rem, half uint64
		if shift == 64 {
			m, rem, half = 0, mant, 1<<63
		} else {
			m, rem, half = mant>>uint(shift), mant&(1<<uint(shift)-1), 1<<uint(shift-1)
		}
		if rem > half || rem == half && (trunc || m&1 == 1) {
			m++
		}
	}
	if e < f.minExp {
		e = f.minExp
	} else if m == 1<<(f.mantBits+1) {
		m >>= 1
		e++
	}
	if e > f.maxExp {
		return f.inf(neg), true
	}
	return f.assemble(neg, m, e), false
}

func leadingZeros64(x uint64) int {
	n := 0
	for x&(1<<63) == 0 {
		x <<= 1
		n++
	}
	return n
}

// fromDecimal rounds the exact decimal a (a.trunc: nonzero digits beyond it
// were dropped) to the format; ovf reports an infinite result.
func (f floatFormat) fromDecimal(neg bool, a *decimal) (uint64, bool) {
	if a.nd == 0 || a.dp < -330 {
		return f.assemble(neg, 0, 0), false
	}
	if a.dp > 310 {
		return f.inf(neg), true
	}
	// Scale a into [½, 1): the value is a × 2^e2.
	e2 := 0
	for a.dp > 0 {
		s := 28
		if a.dp < 9 {
			s = 3 * a.dp
		}
		a.shiftRight(uint(s))
		e2 += s
	}
	for a.dp < 0 || a.d[0] < '5' {
		s := 28
		if -a.dp < 9 {
			s = 3 * -a.dp
		}
		if s == 0 {
			s = 1
		}
		a.shiftLeft(uint(s))
		e2 -= s
	}
	e := e2 - 1 // exponent of the leading bit
	if e > f.maxExp {
		return f.inf(neg), true
	}
	keep := int(f.mantBits) + 1
	if e < f.minExp {
		keep -= f.minExp - e
		if keep < 0 {
			return f.assemble(neg, 0, 0), false
		}
		e = f.minExp
	}
	a.mulPow2(keep)
	var m uint64
	for i := 0; i < a.dp; i++ {
		m = m*10 + uint64(a.digit(i)-'0')
	}
	if a.dp < a.nd {
		c := a.d[a.dp]
		if c > '5' || c == '5' && (a.nd > a.dp+1 || a.trunc || m&1 == 1) {
			m++
		}
	}
	if m == 1<<(f.mantBits+1) {
		m >>= 1
		e++
		if e > f.maxExp {
			return f.inf(neg), true
		}
	}
	return f.assemble(neg, m, e), false
}
