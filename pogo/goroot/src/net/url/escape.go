package url

import (
	"strconv"
	"strings"
)

// encoding names the URL component a string is escaped for; each component
// leaves a different set of reserved characters alone (RFC 3986).
type encoding uint8

const (
	encodePath encoding = 1 << iota
	encodePathSegment
	encodeHost
	encodeZone
	encodeUserPassword
	encodeQueryComponent
	encodeFragment
)

// keep[c] has a bit set for every mode in which byte c stays as it is.
var keep = buildKeep()

func buildKeep() [256]encoding {
	var t [256]encoding
	const all = encodePath | encodePathSegment | encodeHost | encodeZone | encodeUserPassword |
		encodeQueryComponent | encodeFragment
	set := func(chars string, modes encoding) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= modes
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = all
		t[c-'a'+'A'] = all
	}
	set("0123456789-._~", all)
	// Hosts (and IPv6 zones) keep the sub-delimiters and the IP-literal
	// punctuation; fragments keep everything but a few marks.
	set("!$&'()*+,;=:[]<>\"", encodeHost|encodeZone)
	set("!()*", encodeFragment)
	// The reserved characters by component.
	set("$&+,/:;=@", encodePath)
	set("$&+:=@", encodePathSegment)
	set("$&+,;=", encodeUserPassword)
	set("$&+,/:;=?@", encodeFragment)
	return t
}

func shouldEscape(c byte, mode encoding) bool { return keep[c]&mode == 0 }

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// EscapeError reports a malformed %-escape.
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

// InvalidHostError reports a byte a host name may not contain.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// QueryEscape escapes s for use as a query parameter (spaces become '+').
func QueryEscape(s string) string { return escape(s, encodeQueryComponent) }

// QueryUnescape undoes QueryEscape: %XX escapes and '+' for space.
func QueryUnescape(s string) (string, error) { return unescape(s, encodeQueryComponent) }

// PathEscape escapes s for use as one path segment.
func PathEscape(s string) string { return escape(s, encodePathSegment) }

// PathUnescape undoes PathEscape; '+' stays '+'.
func PathUnescape(s string) (string, error) { return unescape(s, encodePathSegment) }

func escape(s string, mode encoding) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if shouldEscape(s[i], mode) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	const digits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) + 2*n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !shouldEscape(c, mode):
			b.WriteByte(c)
		case c == ' ' && mode == encodeQueryComponent:
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(digits[c>>4])
			b.WriteByte(digits[c&15])
		}
	}
	return b.String()
}

// unescape decodes %XX escapes (and '+' in query components), checking
// first that every escape is well formed and, for hosts and zones, that only
// allowed bytes appear.
func unescape(s string, mode encoding) (string, error) {
	escapes, plus := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
				bad := s[i:]
				if len(bad) > 3 {
					bad = bad[:3]
				}
				return "", EscapeError(bad)
			}
			esc := s[i : i+3]
			// A host may only escape non-ASCII bytes; a zone anything but
			// the bytes a host keeps literally.
			if mode == encodeHost && unhex(s[i+1]) < 8 && esc != "%25" {
				return "", EscapeError(esc)
			}
			if mode == encodeZone {
				v := unhex(s[i+1])<<4 | unhex(s[i+2])
				if esc != "%25" && v != ' ' && shouldEscape(v, encodeHost) {
					return "", EscapeError(esc)
				}
			}
			escapes++
			i += 3
		case c == '+':
			plus = plus || mode == encodeQueryComponent
			i++
		default:
			if (mode == encodeHost || mode == encodeZone) && c < 0x80 && shouldEscape(c, mode) {
				return "", InvalidHostError(s[i : i+1])
			}
			i++
		}
	}
	if escapes == 0 && !plus {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s) - 2*escapes)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '%':
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		case c == '+' && mode == encodeQueryComponent:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// validEncoded reports whether s may stand as the escaped form of a
// component: it has only bytes the mode keeps, sub-delimiters and escapes.
func validEncoded(s string, mode encoding) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
		default:
			if shouldEscape(s[i], mode) {
				return false
			}
		}
	}
	return true
}
