package strconv

// FormatComplex formats c as "(re+imi)", each part as FormatFloat would with
// fmt and prec; bitSize 64 means complex64 (float32 parts), 128 complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	return string(appendComplex(make([]byte, 0, 64), c, fmt, prec, bitSize))
}

// appendComplex appends the FormatComplex form of c to dst.
func appendComplex(dst []byte, c complex128, fmt byte, prec, bitSize int) []byte {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	dst = append(dst, '(')
	dst = AppendFloat(dst, real(c), fmt, prec, bitSize/2)
	im := AppendFloat(nil, imag(c), fmt, prec, bitSize/2)
	if im[0] != '+' && im[0] != '-' {
		dst = append(dst, '+')
	}
	dst = append(dst, im...)
	return append(dst, "i)"...)
}

// ParseComplex parses "re", "imi" or "re±imi", optionally in parentheses,
// each part in ParseFloat's syntax (bitSize 64: float32 parts). A part out
// of range gives the nearest value and an ErrRange *NumError.
func ParseComplex(s string, bitSize int) (complex128, error) {
	c, err := parseComplex(s, bitSize)
	if err != nil {
		kind := errSyntax
		if err == ErrRange {
			kind = errRange
		}
		return c, fail("ParseComplex", s, kind, 0)
	}
	return c, nil
}

func parseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var rangeErr error
	part := func() (float64, bool) {
		f, n, err := parseFloatPrefix(s, size)
		if err == ErrRange {
			rangeErr = err
		} else if err != nil {
			return 0, false
		}
		s = s[n:]
		return f, true
	}
	re, ok := part()
	if !ok {
		return 0, ErrSyntax
	}
	if s == "" {
		return complex(re, 0), rangeErr
	}
	switch s[0] {
	case '+':
		// The sign belongs to the imaginary part; "++" stays a syntax error.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), rangeErr
		}
		return 0, ErrSyntax
	default:
		return 0, ErrSyntax
	}
	im, ok := part()
	if !ok || s != "i" {
		return 0, ErrSyntax
	}
	return complex(re, im), rangeErr
}
