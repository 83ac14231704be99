package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns the text of i in the given base (2 to 36), using
// lower-case letters for digits from 10 on.
func FormatUint(i uint64, base int) string {
	b := formatBits(nil, i, base, false)
	return string(b)
}

// FormatInt returns the text of i in the given base (2 to 36), using
// lower-case letters for digits from 10 on.
func FormatInt(i int64, base int) string {
	b := formatBits(nil, uint64(i), base, i < 0)
	return string(b)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the text of i in the given base, as FormatInt writes
// it, to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return formatBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends the text of i in the given base, as FormatUint writes
// it, to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

// formatBits appends the digits of u (of -u when neg) in base to dst.
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	if neg {
		u = -u
	}
	// Digits come out least significant first; write them from the end of
	// a scratch buffer large enough for 64 binary digits and a sign.
	buf := make([]byte, 65)
	i := len(buf)
	b := uint64(base)
	switch {
	case base == 10:
		for u >= 10 {
			q := u / 10
			i--
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case base&(base-1) == 0:
		shift := uint(0)
		for s := base; s > 1; s >>= 1 {
			shift++
		}
		mask := b - 1
		for u >= b {
			i--
			buf[i] = digits[u&mask]
			u >>= shift
		}
	default:
		for u >= b {
			q := u / b
			i--
			buf[i] = digits[u-q*b]
			u = q
		}
	}
	i--
	buf[i] = digits[u]
	if neg {
		i--
		buf[i] = '-'
	}
	return append(dst, buf[i:]...)
}
