package big

import (
	"errors"
	"fmt"
	"strings"
)

// String returns x in base 10 ("<nil>" for a nil *Int).
func (x *Int) String() string { return x.Text(10) }

// Text returns x in the given base (2..62), lower-case letters for digits
// 10..35 and upper-case for 36..61.
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	return string(x.Append(nil, base))
}

// Append appends x.Text(base) to buf.
func (x *Int) Append(buf []byte, base int) []byte {
	if x == nil {
		return append(buf, "<nil>"...)
	}
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	if x.neg {
		buf = append(buf, '-')
	}
	return append(buf, x.abs.utoa(base)...)
}

// SetString sets z to the value of s in the given base and reports success.
// Base 0 takes the base from a prefix (0x, 0o, 0b, or 0 for octal) and allows
// underscores between digits; otherwise base is 2..62 with no prefix.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	if base != 0 && (base < 2 || base > MaxBase) {
		panic("invalid number base " + itoa(base))
	}
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	abs, ok := z.abs.scanDigits(s, base)
	if !ok {
		return nil, false
	}
	z.abs = abs
	z.neg = neg && len(abs) > 0
	return z, true
}

// SetBytes sets z to the big-endian unsigned value of buf.
func (z *Int) SetBytes(buf []byte) *Int {
	n := (len(buf) + 7) / 8
	z.abs = z.abs.make(n)
	for i := range z.abs {
		z.abs[i] = 0
	}
	for i := 0; i < len(buf); i++ {
		b := buf[len(buf)-1-i]
		z.abs[i/8] |= Word(b) << (uint(i%8) * 8)
	}
	z.abs = z.abs.norm()
	z.neg = false
	return z
}

// Bytes returns |x| as big-endian bytes without leading zeros.
func (x *Int) Bytes() []byte {
	n := (x.abs.bitLen() + 7) / 8
	return x.FillBytes(make([]byte, n))
}

// FillBytes writes |x| big-endian into all of buf, zero-padded on the left;
// it panics if |x| does not fit.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	n := (x.abs.bitLen() + 7) / 8
	if n > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	for i := 0; i < n; i++ {
		buf[len(buf)-1-i] = byte(x.abs[i/8] >> (uint(i%8) * 8))
	}
	return buf
}

// Format implements fmt.Formatter: %b %o %O %d %s %v %x %X with the
// flags '+', ' ', '#', '-', '0', width and precision (minimum digits).
func (x *Int) Format(s fmt.State, ch rune) {
	base := 10
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
		base = 10
	case 'x', 'X':
		base = 16
	default:
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	switch {
	case x.neg:
		sign = "-"
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b':
			prefix = "0b"
		case 'o':
			prefix = "0"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}
	digits := x.abs.utoa(base)
	if ch == 'X' {
		for i, d := range digits {
			if 'a' <= d && d <= 'z' {
				digits[i] = d - 'a' + 'A'
			}
		}
	}
	zeros := 0
	prec, hasPrec := s.Precision()
	if hasPrec {
		if len(digits) < prec {
			zeros = prec - len(digits)
		} else if len(digits) == 1 && digits[0] == '0' && prec == 0 {
			return
		}
	}
	length := len(sign) + len(prefix) + zeros + len(digits)
	left, right := 0, 0
	if width, ok := s.Width(); ok && length < width {
		pad := width - length
		switch {
		case s.Flag('-'):
			right = pad
		case s.Flag('0') && !hasPrec:
			zeros += pad
		default:
			left = pad
		}
	}
	out := make([]byte, 0, length+left+right)
	out = append(out, strings.Repeat(" ", left)...)
	out = append(out, sign...)
	out = append(out, prefix...)
	out = append(out, strings.Repeat("0", zeros)...)
	out = append(out, digits...)
	out = append(out, strings.Repeat(" ", right)...)
	s.Write(out)
}

// Scan implements fmt.Scanner for the verbs b, o, d, x, X, s and v (v and s
// accept a base prefix).
func (z *Int) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'd':
		base = 10
	case 'x', 'X':
		base = 16
	case 's', 'v':
	default:
		return errors.New("Int.Scan: invalid verb")
	}
	first := true
	tok, err := s.Token(false, func(r rune) bool {
		ok := first && (r == '+' || r == '-') || r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		first = false
		return ok
	})
	if err != nil {
		return err
	}
	if _, ok := z.SetString(string(tok), base); !ok {
		return errors.New("math/big: cannot unmarshal " + quote(string(tok)) + " into a *big.Int")
	}
	return nil
}

func quote(s string) string { return "\"" + s + "\"" }

// MarshalText implements encoding.TextMarshaler.
func (x *Int) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return x.abs.appendSigned(nil, x.neg), nil
}

func (x nat) appendSigned(buf []byte, neg bool) []byte {
	if neg {
		buf = append(buf, '-')
	}
	return append(buf, x.utoa(10)...)
}

// UnmarshalText implements encoding.TextUnmarshaler (base 0 syntax).
func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text), 0); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Int", text)
	}
	return nil
}

// MarshalJSON implements json.Marshaler: a bare JSON number, or null.
func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return x.abs.appendSigned(nil, x.neg), nil
}

// UnmarshalJSON implements json.Unmarshaler; null leaves z unchanged.
func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}
