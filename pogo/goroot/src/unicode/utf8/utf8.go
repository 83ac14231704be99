// Package utf8 converts between runes and their UTF-8 encoding in strings and
// byte slices. pogo's version: the whole API of gc's package.
//
// The work is done on strings; the []byte variants look at the same bytes
// through unsafe.String without copying them.
package utf8

import "unsafe"

// Constants of the encoding.
const (
	RuneError = '\uFFFD'     // replacement character: what invalid input decodes to
	RuneSelf  = 0x80         // bytes below this are a rune on their own
	MaxRune   = '\U0010FFFF' // the largest code point
	UTFMax    = 4            // the longest encoding, in bytes
)

const (
	surrogateLo = 0xD800
	surrogateHi = 0xDFFF
	cont        = 0x80 // pattern of a continuation byte: 10xxxxxx
	contMask    = 0xC0
)

func view(p []byte) string {
	return unsafe.String(unsafe.SliceData(p), len(p))
}

// seqInfo describes a sequence by its lead byte: its total length (1 for
// ASCII and for bytes that cannot start a sequence; such a byte is "bad"),
// and the range the second byte must lie in.
func seqInfo(c byte) (n int, lo, hi byte, bad bool) {
	switch {
	case c < RuneSelf:
		return 1, 0, 0, false
	case c < 0xC2:
		return 1, 0, 0, true
	case c < 0xE0:
		return 2, 0x80, 0xBF, false
	case c == 0xE0:
		return 3, 0xA0, 0xBF, false
	case c == 0xED:
		return 3, 0x80, 0x9F, false
	case c < 0xF0:
		return 3, 0x80, 0xBF, false
	case c == 0xF0:
		return 4, 0x90, 0xBF, false
	case c < 0xF4:
		return 4, 0x80, 0xBF, false
	case c == 0xF4:
		return 4, 0x80, 0x8F, false
	}
	return 1, 0, 0, true
}

func isCont(c byte) bool {
	return c&contMask == cont
}

// DecodeRuneInString returns the first rune of s and its length in bytes.
// An empty s gives (RuneError, 0); an invalid or truncated encoding gives
// (RuneError, 1).
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	c := s[0]
	if c < RuneSelf {
		return rune(c), 1
	}
	n, lo, hi, bad := seqInfo(c)
	if bad || len(s) < n {
		return RuneError, 1
	}
	c1 := s[1]
	if c1 < lo || c1 > hi {
		return RuneError, 1
	}
	if n == 2 {
		return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
	}
	c2 := s[2]
	if !isCont(c2) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
	}
	c3 := s[3]
	if !isCont(c3) {
		return RuneError, 1
	}
	return rune(c&0x07)<<18 | rune(c1&0x3F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F), 4
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (r rune, size int) {
	return DecodeRuneInString(view(p))
}

// DecodeLastRuneInString returns the last rune of s and its length in bytes,
// with the same conventions as DecodeRuneInString.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	// Walk back over at most UTFMax bytes looking for a lead byte.
	limit := end - UTFMax
	if limit < 0 {
		limit = 0
	}
	for start--; start >= limit; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(view(p))
}

// RuneLen returns how many bytes encode r, or -1 when r is not a valid
// code point (negative, a surrogate, or above MaxRune).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case r >= surrogateLo && r <= surrogateHi:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the encoding of r into p, which must be long enough,
// and returns the number of bytes written. Invalid runes are written as
// RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(cont | r&0x3F)
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(cont | (r>>6)&0x3F)
		p[2] = byte(cont | r&0x3F)
		return 3
	}
	_ = p[3]
	p[0] = byte(0xF0 | r>>18)
	p[1] = byte(cont | (r>>12)&0x3F)
	p[2] = byte(cont | (r>>6)&0x3F)
	p[3] = byte(cont | r&0x3F)
	return 4
}

// AppendRune appends the encoding of r (RuneError if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, byte(0xC0|r>>6), byte(cont|r&0x3F))
	case r < 0x10000:
		return append(p, byte(0xE0|r>>12), byte(cont|(r>>6)&0x3F), byte(cont|r&0x3F))
	}
	return append(p, byte(0xF0|r>>18), byte(cont|(r>>12)&0x3F), byte(cont|(r>>6)&0x3F), byte(cont|r&0x3F))
}

// RuneCountInString returns the number of runes in s; each invalid byte
// counts as one rune.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneCount is RuneCountInString for a byte slice.
func RuneCount(p []byte) int {
	return RuneCountInString(view(p))
}

// RuneStart reports whether b can be the first byte of an encoding, that
// is, whether it is not a continuation byte.
func RuneStart(b byte) bool {
	return b&contMask != cont
}

// FullRuneInString reports whether s begins with a complete encoding of a
// rune; an invalid encoding counts as complete since it decodes to RuneError.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi, bad := seqInfo(s[0])
	if bad || len(s) >= n {
		return true
	}
	if len(s) > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	if len(s) > 2 && !isCont(s[2]) {
		return true
	}
	return false
}

// FullRune is FullRuneInString for a byte slice.
func FullRune(p []byte) bool {
	return FullRuneInString(view(p))
}

// ValidString reports whether s consists only of valid UTF-8 encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString for a byte slice.
func Valid(p []byte) bool {
	return ValidString(view(p))
}

// ValidRune reports whether r can be encoded: it is a code point that is
// not a surrogate.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateLo:
		return true
	case surrogateHi < r && r <= MaxRune:
		return true
	}
	return false
}
