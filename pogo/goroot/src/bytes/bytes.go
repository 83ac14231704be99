// Package bytes manipulates byte slices, like package strings does strings.
//
// pogo's version: the functions of gc's package, Buffer and Reader.
// Searching is delegated to package strings, looking at the
// bytes through unsafe.String without copying; the functions that return
// slices follow gc's conventions on aliasing, capacity and nil results.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

const maxInt = int(^uint(0) >> 1)

func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Equal reports whether a and b hold the same bytes; nil equals empty.
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b.
func Compare(a, b []byte) int { return strings.Compare(view(a), view(b)) }

// Count returns the number of non-overlapping instances of sep in s (for an
// empty sep, the number of runes plus one).
func Count(s, sep []byte) int { return strings.Count(view(s), view(sep)) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any rune of chars is within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is within b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether any rune of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(view(s), view(sep)) }

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int { return strings.IndexByte(view(b), c) }

// IndexRune returns the index of the first instance of r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(view(s), r) }

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(view(s), chars) }

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s []byte, f func(rune) bool) int { return strings.IndexFunc(view(s), f) }

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(view(s), view(sep)) }

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(view(s), c) }

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(view(s), chars) }

// LastIndexFunc returns the index of the last rune of s satisfying f, or -1.
func LastIndexFunc(s []byte, f func(rune) bool) int { return strings.LastIndexFunc(view(s), f) }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(view(s), view(prefix)) }

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(view(s), view(suffix)) }

// EqualFold reports whether s and t, read as UTF-8, are equal under simple
// Unicode case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(view(s), view(t)) }

// Clone returns a copy of b[:len(b)]; Clone(nil) is nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutLast slices s around the last instance of sep.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix, and whether it had it.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix, and whether it had it.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// TrimPrefix returns s without the leading prefix, if it has one.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if it has one.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// explode splits s into its UTF-8 sequences, at most n of them (the last
// one holding the rest); each piece's capacity ends with it.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k+1 >= n {
			a[k] = s
			k++
			break
		}
		_, w := utf8.DecodeRune(s)
		a[k] = s[0:w:w]
		s = s[w:]
		k++
	}
	return a[:k]
}

// split cuts s at the instances of sep into at most n pieces, keeping keep
// bytes of each separator; pieces other than the last have their capacity
// cut at their end.
func split(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+keep : m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// Split cuts s at every instance of sep.
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitN is Split returning at most n pieces (n < 0: all, n == 0: nil).
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// SplitAfter is Split keeping each sep at the end of its piece.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitN keeping each sep at the end of its piece.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around each run of runes satisfying f; each field's
// capacity ends with it.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var bounds []int
	start := -1
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([][]byte, len(bounds)/2)
	for k := range a {
		lo, hi := bounds[2*k], bounds[2*k+1]
		a[k] = s[lo:hi:hi]
	}
	return a
}

// Join concatenates the elements of s with sep between them into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(s)-1) {
			panic("bytes: Join output length overflow")
		}
		n = len(sep) * (len(s) - 1)
	}
	for _, v := range s {
		if len(v) > maxInt-n {
			panic("bytes: Join output length overflow")
		}
		n += len(v)
	}
	b := make([]byte, n)
	k := copy(b, s[0])
	for _, v := range s[1:] {
		k += copy(b[k:], sep)
		k += copy(b[k:], v)
	}
	return b
}

// Repeat returns count copies of b in a new slice.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && count > maxInt/len(b) {
		panic("bytes: Repeat output length overflow")
	}
	n := len(b) * count
	out := make([]byte, n)
	if n == 0 {
		return out
	}
	done := copy(out, b)
	for done < n {
		done += copy(out[done:], out[:done])
	}
	return out
}

// Map returns a copy of s with every rune replaced by mapping(r); runes
// mapped to a negative value are dropped.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			b = utf8.AppendRune(b, m)
		}
		i += w
	}
	return b
}

// asciiCase returns a copy of the ASCII s with the letters in lo..hi
// shifted by delta, or nil if s is not ASCII.
func asciiCase(s []byte, lo, hi byte, delta int) ([]byte, bool) {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return nil, false
		}
	}
	b := make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		b[i] = c
	}
	return b, true
}

// ToUpper returns a copy of s with every rune mapped to upper case.
func ToUpper(s []byte) []byte {
	if b, ok := asciiCase(s, 'a', 'z', 'A'-'a'); ok {
		return b
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns a copy of s with every rune mapped to lower case.
func ToLower(s []byte) []byte {
	if b, ok := asciiCase(s, 'A', 'Z', 'a'-'A'); ok {
		return b
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns a copy of s with every rune mapped to title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// Title returns a copy of s with the first letter of each word mapped to
// title case.
//
// Deprecated: it does not handle Unicode punctuation properly.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		start := isSeparator(prev)
		prev = r
		if start {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// isSeparator reports whether r separates words for Title (as in package
// strings).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 bytes
// replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			invalid = false
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		b = append(b, s[i:i+w]...)
		i += w
		invalid = false
	}
	return b
}

// Runes returns the runes of s.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	for i := range t {
		r, n := utf8.DecodeRune(s)
		t[i] = r
		s = s[n:]
	}
	return t
}

// Replace returns a copy of s with the first n non-overlapping instances of
// old replaced by new (all if n < 0).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	if len(old) > 0 {
		for k := 0; k < n; k++ {
			j := start + Index(s[start:], old)
			w += copy(t[w:], s[start:j])
			w += copy(t[w:], new)
			start = j + len(old)
		}
	} else {
		w += copy(t[w:], new)
		for k := 1; k < n; k++ {
			_, size := utf8.DecodeRune(s[start:])
			w += copy(t[w:], s[start:start+size])
			w += copy(t[w:], new)
			start += size
		}
	}
	w += copy(t[w:], s[start:])
	return t[:w]
}

// ReplaceAll returns a copy of s with every instance of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// inCutset reports whether r is a rune of cutset (RuneError standing for
// invalid bytes on both sides).
func inCutset(cutset string, r rune) bool { return strings.IndexRune(cutset, r) >= 0 }

// TrimLeft returns s without the leading runes contained in cutset; nil if
// nothing is left.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(s)
		}
		if !inCutset(cutset, r) {
			break
		}
		s = s[n:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight returns s without the trailing runes contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(s)
		}
		if !inCutset(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Trim returns s without the leading and trailing runes contained in
// cutset; nil if nothing is left.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeftFunc returns s without the leading runes satisfying f; nil if
// nothing is left.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if !f(r) {
			return s[i:]
		}
		i += w
	}
	return nil
}

// TrimRightFunc returns s without the trailing runes satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	for len(s) > 0 {
		r, w := utf8.DecodeLastRune(s)
		if !f(r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s[0:len(s)]
}

// TrimFunc returns s without the leading and trailing runes satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns s without leading and trailing white space; nil if
// nothing is left.
func TrimSpace(s []byte) []byte {
	s = TrimFunc(s, unicode.IsSpace)
	if len(s) == 0 {
		return nil
	}
	return s
}
