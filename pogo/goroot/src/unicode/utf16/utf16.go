// Package utf16 converts between runes and UTF-16 code unit sequences.
// pogo's version: the whole API of gc's package.
package utf16

const (
	replacement = '\uFFFD'
	maxRune     = '\U0010FFFF'
	highFirst   = 0xD800  // first high (leading) surrogate
	lowFirst    = 0xDC00  // first low (trailing) surrogate
	surrEnd     = 0xE000  // just past the surrogates
	supplFirst  = 0x10000 // first rune that needs a surrogate pair
)

// IsSurrogate reports whether r is a UTF-16 surrogate code point, which
// can only appear as half of a pair.
func IsSurrogate(r rune) bool {
	return highFirst <= r && r < surrEnd
}

// DecodeRune returns the rune encoded by the surrogate pair r1, r2, or
// U+FFFD if they are not a valid pair.
func DecodeRune(r1, r2 rune) rune {
	if highFirst <= r1 && r1 < lowFirst && lowFirst <= r2 && r2 < surrEnd {
		return (r1-highFirst)<<10 | (r2 - lowFirst) + supplFirst
	}
	return replacement
}

// EncodeRune returns the surrogate pair for r, or U+FFFD twice when r
// needs no pair or is not a valid rune.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < supplFirst || r > maxRune {
		return replacement, replacement
	}
	r -= supplFirst
	return highFirst + (r>>10)&0x3FF, lowFirst + r&0x3FF
}

// RuneLen returns the number of 16-bit units that encode r, or -1 if r
// cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < highFirst || surrEnd <= r && r < supplFirst:
		return 1
	case supplFirst <= r && r <= maxRune:
		return 2
	}
	return -1
}

// Encode returns the UTF-16 encoding of s; runes that cannot be encoded
// become U+FFFD.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= supplFirst {
			n++
		}
	}
	a := make([]uint16, n)
	n = 0
	for _, r := range s {
		switch RuneLen(r) {
		case 1:
			a[n] = uint16(r)
			n++
		case 2:
			r1, r2 := EncodeRune(r)
			a[n] = uint16(r1)
			a[n+1] = uint16(r2)
			n += 2
		default:
			a[n] = replacement
			n++
		}
	}
	return a[:n]
}

// AppendRune appends the UTF-16 encoding of r (U+FFFD if it cannot be
// encoded) to a.
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacement)
}

// Decode returns the runes encoded by s; an unpaired surrogate becomes
// U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, 64)
	for i := 0; i < len(s); i++ {
		u := rune(s[i])
		switch {
		case u < highFirst || surrEnd <= u:
			out = append(out, u)
		case u < lowFirst && i+1 < len(s) && lowFirst <= s[i+1] && s[i+1] < surrEnd:
			out = append(out, DecodeRune(u, rune(s[i+1])))
			i++
		default:
			out = append(out, replacement)
		}
	}
	return out
}
