// Package html escapes and unescapes text for HTML: EscapeString protects
// the five special characters, UnescapeString decodes every character
// reference the HTML5 standard defines, with its legacy-name rules.
package html

import (
	"strings"
	"unicode/utf8"
)

var escaper = strings.NewReplacer(
	`&`, "&amp;",
	`'`, "&#39;",
	`<`, "&lt;",
	`>`, "&gt;",
	`"`, "&#34;",
)

// EscapeString escapes <, >, &, ' and ". UnescapeString(EscapeString(s)) == s
// always holds; the converse does not.
func EscapeString(s string) string { return escaper.Replace(s) }

// win1252 gives the characters numeric references 0x80–0x9F stand for: the
// standard reads them as Windows-1252, not as C1 controls.
var win1252 = [32]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

// lookup returns the text of a named reference (name includes any ';').
func lookup(name string) (string, bool) {
	lo, hi := 0, len(entityNames)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if entityNames[m] < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(entityNames) && entityNames[lo] == name {
		return entityValues[lo], true
	}
	return "", false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// reference decodes the character reference at the start of s (s[0] is
// '&'). It returns the decoded text and how many bytes of s it used; a
// reference that decodes to nothing returns s's "&" unchanged.
func reference(s string) (string, int) {
	if len(s) > 1 && s[1] == '#' {
		return numeric(s)
	}
	// A named reference: letters and digits, then an optional ';'.
	i := 1
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	name := s[1:i]
	if name == "" {
		return "&", 1
	}
	if v, ok := lookup(name); ok {
		return v, i
	}
	// The legacy names may end without ';': try the longest such prefix.
	for j := min(len(name)-1, longestLegacyName); j > 1; j-- {
		if v, ok := lookup(name[:j]); ok {
			return v, j + 1
		}
	}
	return s[:i], i
}

// numeric decodes "&#123;" and "&#x7B;" (the ';' is optional).
func numeric(s string) (string, int) {
	if len(s) <= 3 {
		return "&", 1
	}
	i := 2
	hex := s[i] == 'x' || s[i] == 'X'
	if hex {
		i++
	}
	var x rune
	for ; i < len(s); i++ {
		c := s[i]
		var d rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case hex && 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case hex && 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			d = -1
		}
		if d < 0 {
			break
		}
		// Overlong numbers wrap around as 32-bit values, as in gc's html.
		if hex {
			x = x*16 + d
		} else {
			x = x*10 + d
		}
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	if i <= 3 { // "&#" followed by neither digits nor "x": not a reference
		return "&", 1
	}
	switch {
	case 0x80 <= x && x <= 0x9F:
		x = win1252[x-0x80]
	case x == 0 || 0xD800 <= x && x <= 0xDFFF || x > utf8.MaxRune:
		x = utf8.RuneError
	}
	return string(x), i
}

// UnescapeString decodes character references such as "&lt;", "&eacute;",
// "&#225;" and "&#xE1;", and the legacy ones written without ';' ("&amp").
func UnescapeString(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		text, n := reference(s[i:])
		b.WriteString(text)
		s = s[i+n:]
		i = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}
