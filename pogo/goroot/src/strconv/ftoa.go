package strconv

import "unsafe"

// Float formatting: FormatFloat and AppendFloat for the formats 'e', 'E',
// 'f', 'g', 'G' (and 'b'), shortest (-1) or with a precision. Digits come
// from the exact decimal value of the float; fixed precisions round it half
// to even, and shortest output takes the fewest digits that lie strictly
// between the float's neighbours' midpoints (or on them, for even
// mantissas), nearest to the exact value.

// decimal is an exact decimal 0.d[0]d[1]...d[nd-1] × 10^dp, digits in ASCII.
type decimal struct {
	d     []byte
	nd    int
	dp    int
	trunc bool // ParseFloat: nonzero digits beyond d were dropped
}

func (a *decimal) setUint(v uint64) {
	var tmp [20]byte
	n := 0
	for ; v > 0; v /= 10 {
		tmp[n] = byte('0' + v%10)
		n++
	}
	if cap(a.d) < 800 {
		a.d = make([]byte, 800)
	}
	a.nd = 0
	for i := n - 1; i >= 0; i-- {
		a.d[a.nd] = tmp[i]
		a.nd++
	}
	a.dp = a.nd
	a.trim()
}

func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// shiftLeft multiplies a by 2^s, s <= 28.
func (a *decimal) shiftLeft(s uint) {
	// Digits from the right; the result has at most 9 more digits.
	var carry uint64
	extra := 9
	w := a.nd + extra
	for i := a.nd - 1; i >= 0; i-- {
		v := uint64(a.d[i]-'0')<<s + carry
		w--
		a.d[w] = byte('0' + v%10)
		carry = v / 10
	}
	for carry > 0 {
		w--
		a.d[w] = byte('0' + carry%10)
		carry /= 10
	}
	grown := a.nd + extra - w
	copy(a.d, a.d[w:a.nd+extra])
	a.dp += grown - a.nd
	a.nd = grown
	a.trim()
}

// shiftRight divides a by 2^s, s <= 28, exactly (each halving adds at most
// one digit).
func (a *decimal) shiftRight(s uint) {
	var rem uint64
	r, w := 0, 0
	// Skip the leading digits whose value is still below 2^s.
	for ; rem>>s == 0; r++ {
		if r >= a.nd {
			if rem == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			for rem>>s == 0 {
				rem *= 10
				r++
			}
			break
		}
		rem = rem*10 + uint64(a.d[r]-'0')
	}
	a.dp -= r - 1
	mask := uint64(1)<<s - 1
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		a.d[w] = byte('0' + rem>>s)
		w++
		rem = (rem&mask)*10 + c
	}
	for rem > 0 {
		a.d[w] = byte('0' + rem>>s)
		w++
		rem = (rem & mask) * 10
	}
	a.nd = w
	a.trim()
}

// mulPow2 multiplies a by 2^k exactly.
func (a *decimal) mulPow2(k int) {
	for k > 0 {
		s := k
		if s > 28 {
			s = 28
		}
		a.shiftLeft(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > 28 {
			s = 28
		}
		a.shiftRight(uint(s))
		k += s
	}
}

// digit returns digit i of a (worth 10^(a.dp-1-i)), '0' beyond its digits.
func (a *decimal) digit(i int) byte {
	if i < 0 || i >= a.nd {
		return '0'
	}
	return a.d[i]
}

// cmpDecimal compares a and b.
func cmpDecimal(a, b *decimal) int {
	if a.nd == 0 || b.nd == 0 {
		switch {
		case a.nd == b.nd:
			return 0
		case a.nd == 0:
			return -1
		}
		return 1
	}
	if a.dp != b.dp {
		if a.dp < b.dp {
			return -1
		}
		return 1
	}
	n := a.nd
	if b.nd > n {
		n = b.nd
	}
	for i := 0; i < n; i++ {
		if x, y := a.digit(i), b.digit(i); x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// round rounds a to nd significant digits, half to even.
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	up := a.d[nd] >= '5'
	if a.d[nd] == '5' && nd+1 == a.nd {
		up = nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	a.cut(nd, up)
}

// cut truncates a to nd digits, adding one unit in the last place if up.
func (a *decimal) cut(nd int, up bool) {
	if nd >= a.nd {
		return
	}
	if !up {
		a.nd = nd
		a.trim()
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

func (a *decimal) copyTo(b *decimal) {
	if cap(b.d) < 800 {
		b.d = make([]byte, 800)
	}
	copy(b.d, a.d[:a.nd])
	b.nd = a.nd
	b.dp = a.dp
}

// shortest sets d to the shortest decimal that reads back as the float
// mant × 2^(exp-mantbits).
func shortest(d *decimal, mant uint64, exp int, mantbits int, minexp int) {
	d.setUint(mant)
	d.mulPow2(exp - mantbits)
	if mant == 0 {
		return
	}
	var upper, lower, down, up decimal
	upper.setUint(2*mant + 1)
	upper.mulPow2(exp - mantbits - 1)
	if mant > 1<<uint(mantbits) || exp == minexp {
		lower.setUint(2*mant - 1)
		lower.mulPow2(exp - mantbits - 1)
	} else {
		// Just above a power of two the lower neighbour is twice as close.
		lower.setUint(4*mant - 1)
		lower.mulPow2(exp - mantbits - 2)
	}
	inclusive := mant%2 == 0
	for p := firstLength(&lower, &upper, inclusive); p < d.nd; p++ {
		d.copyTo(&down)
		down.cut(p, false)
		d.copyTo(&up)
		up.cut(p, true)
		okDown := within(&down, &lower, &upper, inclusive)
		okUp := within(&up, &lower, &upper, inclusive)
		if okDown && okUp {
			d.round(p)
			return
		}
		if okDown {
			down.copyTo(d)
			return
		}
		if okUp {
			up.copyTo(d)
			return
		}
	}
}

// firstLength is the fewest digits a shortest candidate can have. While lower and
// upper agree on their first p digits N, both candidates of p digits fail: N+1ulp is
// above upper, and N is below lower unless it equals lower and the bounds count. So
// the search may start after their common prefix, or at lower's own length when
// lower itself qualifies.
func firstLength(lower, upper *decimal, inclusive bool) int {
	c := 0
	if lower.dp == upper.dp {
		for lower.digit(c) == upper.digit(c) && (c < lower.nd || c < upper.nd) {
			c++
		}
	}
	if inclusive && lower.dp == upper.dp && lower.nd <= c {
		return max(1, lower.nd)
	}
	return max(1, c+1)
}

func within(c, lower, upper *decimal, inclusive bool) bool {
	lo, hi := cmpDecimal(c, lower), cmpDecimal(c, upper)
	if inclusive {
		return lo >= 0 && hi <= 0
	}
	return lo > 0 && hi < 0
}

// FormatFloat formats f in format fmt ('e', 'E', 'f', 'g', 'G' or 'b') with
// precision prec (-1: the fewest digits that read back exactly), for a float
// of bitSize 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	b := AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize)
	return string(b)
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var mantbits, expbits, bias int
	switch bitSize {
	case 32:
		f32 := float32(f)
		bits = uint64(*(*uint32)(unsafe.Pointer(&f32)))
		mantbits, expbits, bias = 23, 8, -127
	case 64:
		bits = *(*uint64)(unsafe.Pointer(&f))
		mantbits, expbits, bias = 52, 11, -1023
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg := bits>>uint(mantbits+expbits) != 0
	exp := int(bits>>uint(mantbits)) & (1<<uint(expbits) - 1)
	mant := bits & (uint64(1)<<uint(mantbits) - 1)
	switch exp {
	case 1<<uint(expbits) - 1:
		if mant != 0 {
			return append(dst, "NaN"...)
		}
		if neg {
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp++
	default:
		mant |= uint64(1) << uint(mantbits)
	}
	exp += bias
	if fmt == 'b' {
		return fmtB(dst, neg, mant, exp, mantbits)
	}
	var d decimal
	isShortest := prec < 0
	if isShortest {
		shortest(&d, mant, exp, mantbits, bias+1)
		switch fmt {
		case 'e', 'E':
			prec = atLeast0(d.nd - 1)
		case 'f':
			prec = atLeast0(d.nd - d.dp)
		case 'g', 'G':
			prec = d.nd
		}
	} else {
		d.setUint(mant)
		d.mulPow2(exp - mantbits)
		switch fmt {
		case 'e', 'E':
			d.round(prec + 1)
		case 'f':
			d.round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.round(prec)
		default:
			d.round(1)
		}
	}
	switch fmt {
	case 'e', 'E':
		return appendE(dst, neg, &d, prec, fmt)
	case 'f':
		return appendF(dst, neg, &d, prec)
	case 'g', 'G':
		eprec := prec
		if eprec > d.nd && d.nd >= d.dp {
			eprec = d.nd
		}
		if isShortest {
			eprec = 6
		}
		x := d.dp - 1
		if x < -4 || x >= eprec {
			if prec > d.nd {
				prec = d.nd
			}
			return appendE(dst, neg, &d, prec-1, fmt+'e'-'g')
		}
		if prec > d.dp {
			prec = d.nd
		}
		return appendF(dst, neg, &d, atLeast0(prec-d.dp))
	}
	// Unknown format: gc writes '%' and the format byte.
	return append(dst, '%', fmt)
}

func appendE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, d.digit(0))
	if d.nd == 0 {
		dst[len(dst)-1] = '0'
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, d.digit(i))
		}
	}
	dst = append(dst, fmt)
	x := d.dp - 1
	if d.nd == 0 {
		x = 0
	}
	if x < 0 {
		dst = append(dst, '-')
		x = -x
	} else {
		dst = append(dst, '+')
	}
	switch {
	case x < 10:
		return append(dst, '0', byte(x)+'0')
	case x < 100:
		return append(dst, byte(x/10)+'0', byte(x%10)+'0')
	}
	return append(dst, byte(x/100)+'0', byte(x/10%10)+'0', byte(x%10)+'0')
}

func appendF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			dst = append(dst, d.digit(i))
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, d.digit(d.dp+i-1))
		}
	}
	return dst
}

// fmtB writes -ddddp±ddd: the mantissa and binary exponent in decimal.
func fmtB(dst []byte, neg bool, mant uint64, exp int, mantbits int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	exp -= mantbits
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

func atLeast0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}
