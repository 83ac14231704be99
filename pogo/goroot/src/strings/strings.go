// Package strings manipulates UTF-8 encoded strings.
//
// pogo's version: the functions of gc's package, Builder, Reader and
// Replacer. Still to come: the iterator functions (Lines, SplitSeq, FieldsSeq, ...) and the
// *Special case mappings.
package strings

import (
	"unicode"
	"unicode/utf8"
)

const maxInt = int(^uint(0) >> 1)

// Clone returns a fresh copy of s (the empty string stays as it is).
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than
// b in byte-wise lexical order.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	first := substr[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1;
// for an empty substr that is len(s).
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of r in s, or -1. For
// utf8.RuneError it finds the first invalid byte or U+FFFD; other invalid
// runes are never found.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count returns the number of non-overlapping instances of substr in s; an
// empty substr is counted once per rune of s, plus one.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutLast slices s around the last instance of sep.
func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix, and whether it had it.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix, and whether it had it.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// TrimPrefix returns s without the leading prefix, if it has one.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if it has one.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Join concatenates the elements of elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		if len(e) > maxInt-n {
			panic("strings: Join output length overflow")
		}
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

// Repeat returns count copies of s. It panics if count is negative or the
// result would be too long.
func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > 0 && count > maxInt/len(s) {
		panic("strings: Repeat output length overflow")
	}
	n := len(s) * count
	if n == 0 {
		return ""
	}
	b := make([]byte, n)
	copy(b, s)
	// Double the filled part until the buffer is full.
	for done := len(s); done < n; done *= 2 {
		copy(b[done:], b[:done])
	}
	return string(b)
}

// Replace returns s with the first n non-overlapping instances of old
// replaced by new (all of them if n < 0). An empty old matches at the start
// and after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	b := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	if len(old) > 0 {
		for k := 0; k < n; k++ {
			j := start + Index(s[start:], old)
			b = append(b, s[start:j]...)
			b = append(b, new...)
			start = j + len(old)
		}
	} else {
		b = append(b, new...)
		for k := 1; k < n; k++ {
			_, w := utf8.DecodeRuneInString(s[start:])
			b = append(b, s[start:start+w]...)
			b = append(b, new...)
			start += w
		}
	}
	b = append(b, s[start:]...)
	return string(b)
}

// ReplaceAll returns s with every non-overlapping instance of old replaced
// by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// explode splits s into its UTF-8 sequences (each invalid byte on its
// own), at most n pieces when n > 0, the last one holding the rest.
func explode(s string, n int) []string {
	count := utf8.RuneCountInString(s)
	if n < 0 || n > count {
		n = count
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, w := utf8.DecodeRuneInString(s)
		a[i] = s[:w]
		s = s[w:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// split cuts s at the instances of sep into at most n pieces (all when
// n < 0), keeping keep bytes of each separator at the end of its piece.
func split(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// Split cuts s at every instance of sep; an empty sep splits after each
// UTF-8 sequence.
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitN is Split returning at most n pieces: n == 0 gives nil and n < 0
// every piece.
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfter is Split keeping each sep at the end of its piece.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitN keeping each sep at the end of its piece.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string {
	n := 0
	inField := false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !inField {
			n++
		}
		inField = !sp
	}
	a := make([]string, n)
	k := 0
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				a[k] = s[start:i]
				k++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[k] = s[start:]
	}
	return a
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Case mappings for mapCase.
const (
	toUpper = iota
	toLower
	toTitle
	toTitleWords
)

// mapCase maps every rune of s to another case, as Map would with
// unicode.ToUpper, ToLower or ToTitle, or with Title's word-start mapping;
// like Map it turns invalid bytes into U+FFFD.
func mapCase(s string, mode int) string {
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	prev := ' '
	changed := false
	for _, r := range s {
		m := r
		switch mode {
		case toUpper:
			m = unicode.ToUpper(r)
		case toLower:
			m = unicode.ToLower(r)
		case toTitle:
			m = unicode.ToTitle(r)
		case toTitleWords:
			if isSeparator(prev) {
				m = unicode.ToTitle(r)
			}
			prev = r
		}
		if m != r || r == utf8.RuneError {
			changed = true
		}
		b = utf8.AppendRune(b, m)
	}
	if !changed {
		return s
	}
	return string(b)
}

// ToUpper returns s with every rune mapped to upper case.
func ToUpper(s string) string {
	if isASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if 'a' <= c && c <= 'z' {
				b[i] = c - ('a' - 'A')
			}
		}
		return string(b)
	}
	return mapCase(s, toUpper)
}

// ToLower returns s with every rune mapped to lower case.
func ToLower(s string) string {
	if isASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + ('a' - 'A')
			}
		}
		return string(b)
	}
	return mapCase(s, toLower)
}

// ToTitle returns s with every rune mapped to title case.
func ToTitle(s string) string { return mapCase(s, toTitle) }

// isSeparator reports whether r separates words for Title: ASCII other than
// letters, digits and '_'; beyond ASCII, white space.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns s with the first letter of each word mapped to title case.
//
// Deprecated: it does not handle Unicode punctuation properly.
func Title(s string) string { return mapCase(s, toTitleWords) }

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by
// replacement.
func ToValidUTF8(s, replacement string) string {
	if utf8.ValidString(s) {
		return s
	}
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
		_, w := utf8.DecodeRuneInString(s[i:])
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
	return string(b)
}

// EqualFold reports whether s and t are equal under simple Unicode case
// folding.
func EqualFold(s, t string) bool {
	for len(s) > 0 && len(t) > 0 {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, n := utf8.DecodeRuneInString(s)
			sr, s = r, s[n:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, n := utf8.DecodeRuneInString(t)
			tr, t = r, t[n:]
		}
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk the fold orbit of sr up to tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return len(s) == len(t)
}

// inCutset reports whether r is one of the runes of cutset, with IndexRune's
// treatment of utf8.RuneError.
func inCutset(cutset string, r rune) bool {
	return IndexRune(cutset, r) >= 0
}

// TrimLeft returns s without the leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !inCutset(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

// TrimRight returns s without the trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !inCutset(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Trim returns s without the leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}
