package strconv

const maxUint64 = 1<<64 - 1

// parseUint is ParseUint without the error value: it returns the failure
// kind (errNone when s parses) and, for errBase and errBitSize, the
// offending argument.
func parseUint(s string, base int, bitSize int) (n uint64, kind int, arg int) {
	if s == "" {
		return 0, errSyntax, 0
	}
	prefixed := base == 0
	whole := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		// The base comes from the prefix: 0b, 0o, 0x, or a bare 0 for octal.
		base = 10
		if s[0] == '0' {
			if len(s) >= 3 && lower(s[1]) == 'b' {
				base = 2
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'o' {
				base = 8
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'x' {
				base = 16
				s = s[2:]
			} else {
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, errBase, base
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, errBitSize, bitSize
	}
	// Above limit, n*base overflows 64 bits.
	limit := uint64(maxUint64/uint64(base)) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	sawUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && prefixed:
			sawUnderscore = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, errSyntax, 0
		}
		if d >= byte(base) {
			return 0, errSyntax, 0
		}
		if n >= limit {
			return maxVal, errRange, 0
		}
		n *= uint64(base)
		next := n + uint64(d)
		if next < n || next > maxVal {
			return maxVal, errRange, 0
		}
		n = next
	}
	if sawUnderscore && !underscoresOK(whole) {
		return 0, errSyntax, 0
	}
	return n, errNone, 0
}

// underscoresOK reports whether the underscores in s (a number accepted
// with base 0) only separate digits, or the base prefix from a digit.
func underscoresOK(s string) bool {
	// prev is what came last: '^' the start, '0' a digit or the base prefix,
	// '_' an underscore, '!' anything else.
	prev := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		prev = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}

// ParseUint parses s as an unsigned number in the given base (0, or 2 to
// 36; 0 takes the base from a 0b, 0o, 0x or 0 prefix and allows
// underscores between digits) that must fit in bitSize bits (0 means
// IntSize). A value out of range gives the largest value of that size.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, kind, arg := parseUint(s, base, bitSize)
	if kind != errNone {
		return n, fail("ParseUint", s, kind, arg)
	}
	return n, nil
}

// parseInt is ParseInt without the error value.
func parseInt(s string, base int, bitSize int) (i int64, kind int, arg int) {
	if s == "" {
		return 0, errSyntax, 0
	}
	neg := false
	digits := s
	if s[0] == '+' {
		digits = s[1:]
	} else if s[0] == '-' {
		neg = true
		digits = s[1:]
	}
	u, kind, arg := parseUint(digits, base, bitSize)
	if kind != errNone && kind != errRange {
		return 0, kind, arg
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	limit := uint64(1) << uint(bitSize-1)
	if !neg && u >= limit {
		return int64(limit - 1), errRange, 0
	}
	if neg && u > limit {
		return -int64(limit), errRange, 0
	}
	i = int64(u)
	if neg {
		i = -i
	}
	return i, errNone, 0
}

// ParseInt parses s, with an optional sign, as a number in the given base
// (see ParseUint) that must fit in a signed integer of bitSize bits. A
// value out of range gives the limit of that size on its side.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	i, kind, arg := parseInt(s, base, bitSize)
	if kind != errNone {
		return i, fail("ParseInt", s, kind, arg)
	}
	return i, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	if 0 < len(s) && len(s) < 19 {
		// Short decimal numbers cannot overflow: parse them directly.
		digits := s
		if s[0] == '-' || s[0] == '+' {
			digits = s[1:]
			if len(digits) == 0 {
				return 0, fail("Atoi", s, errSyntax, 0)
			}
		}
		n := 0
		for k := 0; k < len(digits); k++ {
			d := digits[k] - '0'
			if d > 9 {
				return 0, fail("Atoi", s, errSyntax, 0)
			}
			n = n*10 + int(d)
		}
		if s[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i, kind, arg := parseInt(s, 10, 0)
	if kind != errNone {
		return int(i), fail("Atoi", s, kind, arg)
	}
	return int(i), nil
}
