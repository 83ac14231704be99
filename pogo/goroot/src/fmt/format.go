package fmt

import (
	"strconv"
	"unicode/utf8"
)

// The formatting of one operand under a verb's flags, width and precision.
// Until pogo has structs the state travels as three values: a bit set of
// flags (below), the width and the precision.

// Flags of a directive.
const (
	fWid    = 1 << iota // a width was given
	fPrec               // a precision was given
	fMinus              // '-': pad on the right
	fPlus               // '+': always print a sign; ASCII-only %q
	fSharp              // '#': alternate format
	fSpace              // ' ': leave a space for an elided sign; spaces between %x bytes
	fZero               // '0': pad with leading zeros
	fPlusV              // %+v: field names
	fSharpV             // %#v: Go syntax
)

const (
	lowerDigits = "0123456789abcdefx"
	upperDigits = "0123456789ABCDEFX"
)

// writePadding appends n padding bytes: zeros when the zero flag holds and
// padding goes on the left, spaces otherwise.
func writePadding(buf []byte, n int, fl int) []byte {
	c := byte(' ')
	if fl&fZero != 0 && fl&fMinus == 0 {
		c = '0'
	}
	for ; n > 0; n-- {
		buf = append(buf, c)
	}
	return buf
}

// padString appends s padded to the width, counting runes.
func padString(buf []byte, s string, fl, wid int) []byte {
	if fl&fWid == 0 || wid == 0 {
		return append(buf, s...)
	}
	n := wid - utf8.RuneCountInString(s)
	if fl&fMinus != 0 {
		buf = append(buf, s...)
		return writePadding(buf, n, fl)
	}
	buf = writePadding(buf, n, fl)
	return append(buf, s...)
}

// padNoZero is padString with the zero flag ignored (numbers handle zero
// padding themselves, as precision).
func padNoZero(buf []byte, s string, fl, wid int) []byte {
	return padString(buf, s, fl&^fZero, wid)
}

func fmtBoolean(buf []byte, v bool, fl, wid int) []byte {
	if v {
		return padString(buf, "true", fl, wid)
	}
	return padString(buf, "false", fl, wid)
}

// fmtInteger formats u (a two's complement signed value when signed) in
// base 2, 8, 10 or 16; digits holds the digit characters; verb 'O' adds the
// 0o prefix.
func fmtInteger(buf []byte, u uint64, base int, signed bool, verb rune, digits string, fl, wid, prec int) []byte {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	minDigits := 0
	if fl&fPrec != 0 {
		minDigits = prec
		if prec == 0 && u == 0 {
			// An explicit zero precision prints nothing for zero, but still pads.
			return writePadding(buf, wid, fl&^fZero)
		}
	} else if fl&fZero != 0 && fl&fMinus == 0 && fl&fWid != 0 {
		// Zero padding to the width is done as a precision.
		minDigits = wid
		if neg || fl&(fPlus|fSpace) != 0 {
			minDigits--
		}
	}
	// Digits go right to left into a scratch buffer, on the stack unless
	// the width or precision is huge.
	var scratch [68]byte
	n := len(scratch)
	tmp := scratch[:]
	if wid+prec+3 > n {
		n = wid + prec + 3
		tmp = make([]byte, n)
	}
	i := n
	b := uint64(base)
	for u >= b {
		i--
		tmp[i] = digits[u%b]
		u /= b
	}
	i--
	tmp[i] = digits[u]
	for i > 0 && minDigits > n-i {
		i--
		tmp[i] = '0'
	}
	if fl&fSharp != 0 {
		switch base {
		case 2:
			i -= 2
			tmp[i] = '0'
			tmp[i+1] = 'b'
		case 8:
			if tmp[i] != '0' {
				i--
				tmp[i] = '0'
			}
		case 16:
			i -= 2
			tmp[i] = '0'
			tmp[i+1] = digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		tmp[i] = '0'
		tmp[i+1] = 'o'
	}
	if neg {
		i--
		tmp[i] = '-'
	} else if fl&fPlus != 0 {
		i--
		tmp[i] = '+'
	} else if fl&fSpace != 0 {
		i--
		tmp[i] = ' '
	}
	return padBytes(buf, tmp[i:], fl&^fZero, wid)
}

// padBytes is padString for a byte slice.
func padBytes(buf []byte, b []byte, fl, wid int) []byte {
	if fl&fWid == 0 || wid == 0 {
		return append(buf, b...)
	}
	n := wid - utf8.RuneCount(b)
	if fl&fMinus != 0 {
		buf = append(buf, b...)
		return writePadding(buf, n, fl)
	}
	buf = writePadding(buf, n, fl)
	return append(buf, b...)
}

// fmtUnicode formats u as U+0078, or U+0078 'x' with the sharp flag when
// u is printable.
func fmtUnicode(buf []byte, u uint64, fl, wid, prec int) []byte {
	minDigits := 4
	if fl&fPrec != 0 && prec > 4 {
		minDigits = prec
	}
	hex := make([]byte, 0, 16)
	for v := u; ; v >>= 4 {
		hex = append(hex, upperDigits[v&0xF])
		if v < 16 {
			break
		}
	}
	for len(hex) < minDigits {
		hex = append(hex, '0')
	}
	out := make([]byte, 0, len(hex)+12)
	out = append(out, 'U', '+')
	for k := len(hex) - 1; k >= 0; k-- {
		out = append(out, hex[k])
	}
	if fl&fSharp != 0 && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	return padNoZero(buf, string(out), fl, wid)
}

// truncate cuts s to at most prec runes when a precision was given.
func truncate(s string, fl, prec int) string {
	if fl&fPrec != 0 {
		n := prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func fmtS(buf []byte, s string, fl, wid, prec int) []byte {
	return padString(buf, truncate(s, fl, prec), fl, wid)
}

// fmtSbx formats the bytes of s in hexadecimal with digits; the space flag
// separates bytes and the sharp flag adds 0x prefixes (one per byte with
// the space flag).
func fmtSbx(buf []byte, s string, digits string, fl, wid, prec int) []byte {
	length := len(s)
	if fl&fPrec != 0 && prec < length {
		length = prec
	}
	width := 2 * length
	if width == 0 {
		if fl&fWid != 0 {
			buf = writePadding(buf, wid, fl)
		}
		return buf
	}
	if fl&fSpace != 0 {
		if fl&fSharp != 0 {
			width *= 2
		}
		width += length - 1
	} else if fl&fSharp != 0 {
		width += 2
	}
	if fl&fWid != 0 && wid > width && fl&fMinus == 0 {
		buf = writePadding(buf, wid-width, fl)
	}
	if fl&fSharp != 0 {
		buf = append(buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if fl&fSpace != 0 && i > 0 {
			buf = append(buf, ' ')
			if fl&fSharp != 0 {
				buf = append(buf, '0', digits[16])
			}
		}
		c := s[i]
		buf = append(buf, digits[c>>4], digits[c&0xF])
	}
	if fl&fWid != 0 && wid > width && fl&fMinus != 0 {
		buf = writePadding(buf, wid-width, fl)
	}
	return buf
}

// fmtQ formats s as a quoted string: raw with backquotes under the sharp
// flag when possible, ASCII-only under the plus flag.
func fmtQ(buf []byte, s string, fl, wid, prec int) []byte {
	s = truncate(s, fl, prec)
	if fl&fSharp != 0 && strconv.CanBackquote(s) {
		return padString(buf, "`"+s+"`", fl, wid)
	}
	if fl&fPlus != 0 {
		return padString(buf, strconv.QuoteToASCII(s), fl, wid)
	}
	return padString(buf, strconv.Quote(s), fl, wid)
}

// fmtC formats c as the character it encodes (U+FFFD beyond MaxRune).
func fmtC(buf []byte, c uint64, fl, wid int) []byte {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	return padString(buf, string(utf8.AppendRune(nil, r)), fl, wid)
}

// fmtQc formats c as a quoted character literal.
func fmtQc(buf []byte, c uint64, fl, wid int) []byte {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if fl&fPlus != 0 {
		return padString(buf, strconv.QuoteRuneToASCII(r), fl, wid)
	}
	return padString(buf, strconv.QuoteRune(r), fl, wid)
}
