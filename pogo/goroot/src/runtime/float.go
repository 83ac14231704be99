package runtime

import "unsafe"

// Shortest decimal formatting of floating-point numbers for %v: the fewest
// significant digits that read back as the same float, chosen by exact decimal
// arithmetic on the float's value and on the two midpoints to its neighbours.

// bigDec is an exact decimal number 0.d[0]d[1]...d[nd-1] × 10^dp (digits as
// ASCII); float64 values need at most about 770 digits.
type bigDec struct {
	d  [800]byte
	nd int
	dp int
}

func (a *bigDec) setUint(v uint64) {
	var tmp [20]byte
	n := 0
	for v > 0 {
		tmp[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	a.nd = 0
	for i := n - 1; i >= 0; i-- {
		a.d[a.nd] = tmp[i]
		a.nd++
	}
	a.dp = a.nd
	a.trim()
}

func (a *bigDec) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// mulPow2 multiplies a by 2^k (k may be negative), exactly.
func (a *bigDec) mulPow2(k int) {
	for k > 0 {
		s := k
		if s > 50 {
			s = 50
		}
		a.double(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > 50 {
			s = 50
		}
		a.halve(uint(s))
		k += s
	}
}

// double multiplies by 2^s: digits are processed from the right into a
// scratch buffer that has room for the new leading digits.
func (a *bigDec) double(s uint) {
	var out [800]byte
	extra := int(s)*31/100 + 2
	w := a.nd + extra
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		carry += uint64(a.d[r]-'0') << s
		w--
		out[w] = byte('0' + carry%10)
		carry /= 10
	}
	for carry > 0 {
		w--
		out[w] = byte('0' + carry%10)
		carry /= 10
	}
	n := a.nd + extra - w
	for i := 0; i < n; i++ {
		a.d[i] = out[w+i]
	}
	a.dp += n - a.nd
	a.nd = n
	a.trim()
}

// halve divides by 2^s, reading digits from the left.
func (a *bigDec) halve(s uint) {
	var out [800]byte
	var rem uint64
	r := 0
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
	w := 0
	for ; r < a.nd; r++ {
		out[w] = byte('0' + rem>>s)
		w++
		rem = (rem&mask)*10 + uint64(a.d[r]-'0')
	}
	for rem > 0 && w < len(out) {
		out[w] = byte('0' + rem>>s)
		w++
		rem = (rem & mask) * 10
	}
	for i := 0; i < w; i++ {
		a.d[i] = out[i]
	}
	a.nd = w
	a.trim()
}

// digitAt returns the digit of a at position i counted from its decimal
// point's reference dp (digit i is worth 10^(dp-1-i)); '0' outside.
func (a *bigDec) digitAt(dp, i int) byte {
	j := i - dp + a.dp
	if j < 0 || j >= a.nd {
		return '0'
	}
	return a.d[j]
}

func cmpDec(a, b *bigDec) int {
	if a.nd == 0 || b.nd == 0 {
		if a.nd == b.nd {
			return 0
		}
		if a.nd == 0 {
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
		x, y := a.digitAt(a.dp, i), b.digitAt(a.dp, i)
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// setTruncated sets c to a cut to p significant digits, rounded up (away from
// zero) when up is set. It works through pointers: a bigDec is large, and
// passing one by value would copy it word by word at every call.
func (c *bigDec) setTruncated(a *bigDec, p int, up bool) {
	c.dp = a.dp
	c.nd = p
	if c.nd > a.nd {
		c.nd = a.nd
	}
	for i := 0; i < c.nd; i++ {
		c.d[i] = a.d[i]
	}
	if up && p < a.nd {
		i := c.nd - 1
		for i >= 0 && c.d[i] == '9' {
			i--
		}
		if i < 0 {
			c.d[0] = '1'
			c.nd = 1
			c.dp++
		} else {
			c.d[i]++
			c.nd = i + 1
		}
	}
	c.trim()
}

// shortestDigits sets d to the shortest decimal that rounds to the float with
// mantissa mant (implicit bit included) times 2^(exp-mantbits).
func shortestDigits(d *bigDec, mant uint64, exp int, mantbits uint, minexp int) {
	d.setUint(mant)
	d.mulPow2(exp - int(mantbits))
	if mant == 0 {
		return
	}
	// the midpoints between the float and its neighbours
	var upper, lower bigDec
	upper.setUint(mant*2 + 1)
	upper.mulPow2(exp - int(mantbits) - 1)
	if mant > 1<<mantbits || exp == minexp {
		lower.setUint(mant*2 - 1)
		lower.mulPow2(exp - int(mantbits) - 1)
	} else {
		// at a power of two the lower neighbour is closer
		lower.setUint(mant*4 - 1)
		lower.mulPow2(exp - int(mantbits) - 2)
	}
	inclusive := mant%2 == 0
	inside := func(c *bigDec) bool {
		lo := cmpDec(c, &lower)
		hi := cmpDec(c, &upper)
		if inclusive {
			return lo >= 0 && hi <= 0
		}
		return lo > 0 && hi < 0
	}
	var down, up bigDec
	for p := 1; p < d.nd; p++ {
		down.setTruncated(d, p, false)
		up.setTruncated(d, p, true)
		okDown := inside(&down)
		okUp := inside(&up)
		if okDown && okUp {
			// both read back correctly: take the nearer (ties to even)
			if nearerUp(d, &down, p) {
				*d = up
			} else {
				*d = down
			}
			return
		}
		if okDown {
			*d = down
			return
		}
		if okUp {
			*d = up
			return
		}
	}
}

// nearerUp reports whether d is nearer the upper of its two p-digit
// neighbours (halfway cases go to the even digit).
func nearerUp(d, down *bigDec, p int) bool {
	if p >= d.nd {
		return false
	}
	c := d.d[p]
	if c != '5' || p+1 < d.nd {
		return c >= '5'
	}
	last := byte('0')
	if down.nd == p {
		last = down.d[p-1]
	}
	return (last-'0')%2 == 1
}

// appendFloat formats f as fmt's %v and print do: shortest digits, %e form for exponents
// below -4 or from 6 on (the 'g' rule, which uses precision 6 for shortest).
func appendFloat(buf []byte, f float64, bitSize int) []byte {
	if f != f {
		return append(buf, "NaN"...)
	}
	if f > 1.7976931348623157e308 {
		return append(buf, "+Inf"...)
	}
	if f < -1.7976931348623157e308 {
		return append(buf, "-Inf"...)
	}
	var d bigDec
	neg := false
	if bitSize == 32 {
		f32 := float32(f)
		bits := *(*uint32)(unsafe.Pointer(&f32))
		neg = bits>>31 != 0
		exp := int(bits>>23) & 0xFF
		mant := uint64(bits & (1<<23 - 1))
		if exp == 0 {
			exp = 1
		} else {
			mant |= 1 << 23
		}
		shortestDigits(&d, mant, exp-127, 23, -126)
	} else {
		bits := *(*uint64)(unsafe.Pointer(&f))
		neg = bits>>63 != 0
		exp := int(bits>>52) & 0x7FF
		mant := bits & (1<<52 - 1)
		if exp == 0 {
			exp = 1
		} else {
			mant |= 1 << 52
		}
		shortestDigits(&d, mant, exp-1023, 52, -1022)
	}
	// The digits go to a local array first: one append at the end costs far
	// less code than an append per byte.
	var out [800 + 32]byte
	n := 0
	if neg {
		out[n] = '-'
		n++
	}
	if d.nd == 0 {
		out[n] = '0'
		return append(buf, out[:n+1]...)
	}
	x := d.dp - 1
	if x < -4 || x >= 6 { // %e form; shortest uses precision 6 for the choice
		out[n] = d.d[0]
		n++
		if d.nd > 1 {
			out[n] = '.'
			n++
			n += copy(out[n:], d.d[1:d.nd])
		}
		out[n] = 'e'
		out[n+1] = '+'
		if x < 0 {
			out[n+1] = '-'
			x = -x
		}
		n += 2
		if x < 10 {
			out[n] = '0'
			n++
		}
		if x >= 100 {
			out[n] = byte('0' + x/100)
			n++
		}
		if x >= 10 {
			out[n] = byte('0' + x/10%10)
			n++
		}
		out[n] = byte('0' + x%10)
		return append(buf, out[:n+1]...)
	}
	if d.dp <= 0 {
		out[n] = '0'
		out[n+1] = '.'
		n += 2
		for i := d.dp; i < 0; i++ {
			out[n] = '0'
			n++
		}
		n += copy(out[n:], d.d[:d.nd])
		return append(buf, out[:n]...)
	}
	for i := 0; i < d.dp; i++ {
		out[n] = d.digitAt(d.dp, i)
		n++
	}
	if d.nd > d.dp {
		out[n] = '.'
		n++
		n += copy(out[n:], d.d[d.dp:d.nd])
	}
	return append(buf, out[:n]...)
}

// fmin and fmax are the min and max built-ins on floats: a NaN operand makes the
// result NaN, and -0 counts as less than +0.
func fmin(x, y float64) float64 {
	if x != x || y != y {
		return x + y
	}
	if x == 0 && y == 0 {
		if signbit(x) {
			return x
		}
		return y
	}
	if y < x {
		return y
	}
	return x
}

func fmax(x, y float64) float64 {
	if x != x || y != y {
		return x + y
	}
	if x == 0 && y == 0 {
		if signbit(x) {
			return y
		}
		return x
	}
	if y > x {
		return y
	}
	return x
}

func signbit(x float64) bool {
	return *(*uint64)(unsafe.Pointer(&x))>>63 != 0
}
