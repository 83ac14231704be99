package fmt

import (
	"strconv"
	"unsafe"
)

// Printf's floating-point verbs %e %E %f %F %g %G %b (and %v) with precision:
// the digits come from strconv.AppendFloat (shortest or correctly rounded),
// the flags are applied here as gc's fmt does.

// fmtFloat formats v (of the given size) under verb with the directive's
// flags: sign handling, '#' (keep the point and trailing zeros), zero
// padding after the sign, no zero padding for Inf and NaN.
func fmtFloat(buf []byte, v float64, size int, verb rune, prec int, fl, wid, fprec int) []byte {
	if fl&fPrec != 0 {
		prec = fprec
	}
	num := make([]byte, 1, 32)
	num = strconv.AppendFloat(num, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if fl&fSpace != 0 && num[0] == '+' && fl&fPlus == 0 {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && fl&(fSpace|fPlus) == 0 {
			num = num[1:]
		}
		return padBytes(buf, num, fl&^fZero, wid)
	}
	if fl&fSharp != 0 {
		digits := 0
		if verb == 'g' || verb == 'G' {
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		// Split off the exponent, count the significant digits shown.
		var tail []byte
		hasPoint := false
		sawNonzero := false
		for i := 1; i < len(num); i++ {
			c := num[i]
			if c == '.' {
				hasPoint = true
				continue
			}
			if c == 'e' || c == 'E' {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			if c != '0' {
				sawNonzero = true
			}
			if sawNonzero {
				digits--
			}
		}
		if !hasPoint {
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for ; digits > 0; digits-- {
			num = append(num, '0')
		}
		num = append(num, tail...)
	}
	if fl&fPlus != 0 || num[0] != '+' {
		if fl&fZero != 0 && fl&fMinus == 0 && fl&fWid != 0 && wid > len(num) {
			buf = append(buf, num[0])
			buf = writePadding(buf, wid-len(num), fl)
			return append(buf, num[1:]...)
		}
		return padBytes(buf, num, fl, wid)
	}
	return padBytes(buf, num[1:], fl, wid)
}

// fmtFloatVerb formats a float operand under verb.
func fmtFloatVerb(buf []byte, t, p unsafe.Pointer, v float64, size int, verb rune, fl, wid, prec int) []byte {
	switch verb {
	case 'v':
		return fmtFloat(buf, v, size, 'g', -1, fl, wid, prec)
	case 'g', 'G':
		return fmtFloat(buf, v, size, verb, -1, fl, wid, prec)
	case 'e', 'E', 'f':
		return fmtFloat(buf, v, size, verb, 6, fl, wid, prec)
	case 'F':
		return fmtFloat(buf, v, size, 'f', 6, fl, wid, prec)
	case 'b':
		return fmtFloat(buf, v, size, 'b', -1, fl, wid, prec)
	case 'x', 'X':
		buf = append(buf, "%!"...)
		buf = append(buf, byte(verb))
		return append(buf, "(pogo: this float verb is not supported yet)"...)
	}
	return badVerb(buf, t, p, verb, fl, wid, prec)
}

// fmtComplexVerb formats a complex operand (its parts of the given float size) as
// "(re+imi)": each part under the float verb and the directive's flags, the
// imaginary part always with its sign.
func fmtComplexVerb(buf []byte, t, p unsafe.Pointer, re, im float64, size int, verb rune, fl, wid, prec int) []byte {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		buf = append(buf, '(')
		buf = fmtFloatVerb(buf, t, p, re, size, verb, fl, wid, prec)
		buf = fmtFloatVerb(buf, t, p, im, size, verb, fl|fPlus, wid, prec)
		return append(buf, "i)"...)
	}
	return badVerb(buf, t, p, verb, fl, wid, prec)
}
