package strings

import "unicode/utf8"

// The functions that take a function value.

// Map returns s with every rune replaced by mapping(r); runes mapped to a
// negative value are dropped. Invalid UTF-8 bytes reach mapping as
// utf8.RuneError and come out as its encoding.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	for i, r := range s {
		m := mapping(r)
		if b == nil {
			if m == r && r != utf8.RuneError {
				continue
			}
			if r == utf8.RuneError {
				// A real U+FFFD mapped to itself is no change.
				if _, w := utf8.DecodeRuneInString(s[i:]); w != 1 && m == r {
					continue
				}
			}
			b = make([]byte, 0, len(s)+utf8.UTFMax)
			b = append(b, s[:i]...)
		}
		if m >= 0 {
			b = utf8.AppendRune(b, m)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune of s satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if f(r) {
			return i
		}
	}
	return -1
}

// ContainsFunc reports whether any rune of s satisfies f.
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// TrimLeftFunc returns s without the leading runes that satisfy f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc returns s without the trailing runes that satisfy f.
func TrimRightFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !f(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimFunc returns s without the leading and trailing runes that satisfy f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// FieldsFunc splits s around each run of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	// Record the fields' bounds first, so that the result has the exact size.
	var bounds []int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([]string, len(bounds)/2)
	for k := range a {
		a[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return a
}
