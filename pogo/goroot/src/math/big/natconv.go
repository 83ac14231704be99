package big

import "math/bits"

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// MaxBase is the largest base accepted by Text and SetString.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// bigBase returns the largest power of b that fits in a Word and its exponent.
func bigBase(b Word) (bb Word, n int) {
	bb = b
	n = 1
	for {
		hi, lo := bits.Mul64(uint64(bb), uint64(b))
		if hi != 0 {
			return bb, n
		}
		bb = Word(lo)
		n++
	}
}

// utoa returns the digits of x in base b (2 <= b <= MaxBase).
func (x nat) utoa(b int) []byte {
	if len(x) == 0 {
		return []byte("0")
	}
	if b&(b-1) == 0 {
		shift := uint(bits.TrailingZeros(uint(b)))
		n := (x.bitLen() + int(shift) - 1) / int(shift)
		out := make([]byte, n)
		mask := Word(b - 1)
		for i := 0; i < n; i++ {
			pos := uint(i) * shift
			w := int(pos / _W)
			off := pos % _W
			d := x[w] >> off
			if off+shift > _W && w+1 < len(x) {
				d |= x[w+1] << (_W - off)
			}
			out[n-1-i] = digitChars[d&mask]
		}
		return out
	}
	if len(x) > convLeaf {
		return x.utoaSplit(b)
	}
	bb, per := bigBase(Word(b))
	q := nat(nil).set(x)
	var out []byte
	for len(q) > 0 {
		var r Word
		q, r = q.divW(q, bb)
		for i := 0; i < per; i++ {
			if len(q) == 0 && r == 0 {
				break
			}
			out = append(out, digitChars[r%Word(b)])
			r /= Word(b)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// digitValue returns the value of c as a digit in base b, or b or more when
// c is not one. Letters are case-insensitive up to base 36.
func digitValue(c byte, b int) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		if b <= 36 {
			return int(c-'A') + 10
		}
		return int(c-'A') + 36
	}
	return MaxBase + 1
}

// scanDigits parses s (no sign) in base b; with b == 0 the base comes from a
// prefix (0x, 0o, 0b, or a leading 0 for octal) and underscores may separate
// digits. It reports false for anything that is not a whole number.
func (z nat) scanDigits(s string, b int) (nat, bool) {
	underscores := false
	prefixed := false
	if b == 0 {
		underscores = true
		b = 10
		if s == "0" {
			return z[:0], true
		}
		if len(s) >= 2 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				b, s, prefixed = 16, s[2:], true
			case 'b', 'B':
				b, s, prefixed = 2, s[2:], true
			case 'o', 'O':
				b, s, prefixed = 8, s[2:], true
			default:
				b, s, prefixed = 8, s[1:], true
			}
		}
	}
	if s == "" {
		return z, false
	}
	bb, per := bigBase(Word(b))
	z = z[:0]
	var acc Word
	count := 0
	prevUnderscore := !prefixed
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && underscores {
			if prevUnderscore {
				return z, false
			}
			prevUnderscore = true
			continue
		}
		d := digitValue(c, b)
		if d >= b {
			return z, false
		}
		prevUnderscore = false
		digits++
		acc = acc*Word(b) + Word(d)
		count++
		if count == per {
			z = z.mulAddWW(z, bb, acc)
			acc, count = 0, 0
		}
	}
	if digits == 0 || prevUnderscore {
		return z, false
	}
	if count > 0 {
		mul := Word(1)
		for i := 0; i < count; i++ {
			mul *= Word(b)
		}
		z = z.mulAddWW(z, mul, acc)
	}
	return z.norm(), true
}

// convLeaf is the length in Words up to which digits are produced by
// repeated division by one Word; longer numbers are split in halves first.
const convLeaf = 24

// utoaSplit converts a long x by dividing it by a power of the base with
// about half its length and converting both halves, recursively: divisions by
// long divisors cost far less per digit than one Word at a time.
func (x nat) utoaSplit(b int) []byte {
	bb, per := bigBase(Word(b))
	pows := []nat{{bb}} // pows[k] = bb**(2**k)
	for pows[len(pows)-1].cmp(x) <= 0 {
		last := pows[len(pows)-1]
		pows = append(pows, nat(nil).mul(last, last))
	}
	k := len(pows) - 2 // x < pows[k+1]
	out := make([]byte, 2*per<<uint(k))
	writeDigits(x, pows, k, out, b, bb, per)
	i := 0
	for i < len(out)-1 && out[i] == '0' {
		i++
	}
	return out[i:]
}

// writeDigits writes x < pows[k+1] into out (len 2*per*2**k), zero-padded.
func writeDigits(x nat, pows []nat, k int, out []byte, b int, bb Word, per int) {
	if k < 0 || len(x) <= convLeaf {
		q := nat(nil).set(x)
		i := len(out)
		for len(q) > 0 && i > 0 {
			var r Word
			q, r = q.divW(q, bb)
			for j := 0; j < per && i > 0; j++ {
				i--
				out[i] = digitChars[r%Word(b)]
				r /= Word(b)
			}
		}
		for i > 0 {
			i--
			out[i] = '0'
		}
		return
	}
	q, r := nat(nil).div(nil, x, pows[k])
	half := len(out) / 2
	writeDigits(q, pows, k-1, out[:half], b, bb, per)
	writeDigits(r, pows, k-1, out[half:], b, bb, per)
}
