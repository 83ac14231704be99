package strconv

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// inTable reports whether r lies in one of the inclusive ranges of t, a
// table of 3-byte little-endian numbers from isprint.go.
func inTable(t string, r rune) bool {
	lo, hi := 0, len(t)/6
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		j := 6 * m
		first := rune(t[j]) | rune(t[j+1])<<8 | rune(t[j+2])<<16
		last := rune(t[j+3]) | rune(t[j+4])<<8 | rune(t[j+5])<<16
		if r < first {
			hi = m
		} else if r > last {
			lo = m + 1
		} else {
			return true
		}
	}
	return false
}

// IsPrint reports whether r is printable as Go defines it (the same as
// unicode.IsPrint): a letter, mark, number, punctuation, symbol or the
// ASCII space.
func IsPrint(r rune) bool {
	if r < utf8.RuneSelf {
		return 0x20 <= r && r < 0x7F
	}
	return inTable(tabPrint, r)
}

// IsGraphic reports whether r is graphic (the same as unicode.IsGraphic):
// printable, or a space separator.
func IsGraphic(r rune) bool {
	return inTable(tabGraphic, r)
}

// Modes of escaping: which runes may be written as they are.
const (
	keepPrint   = iota // printable runes
	keepASCII          // printable ASCII only
	keepGraphic        // graphic runes
)

func appendQuoted(buf []byte, s string, quote byte, mode int) []byte {
	buf = append(buf, quote)
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if n == 1 && r == utf8.RuneError {
			// A byte that is not valid UTF-8 is written as \x escape.
			buf = append(buf, '\\', 'x', hexDigits[s[0]>>4], hexDigits[s[0]&0xF])
		} else {
			buf = appendEscaped(buf, r, quote, mode)
		}
		s = s[n:]
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, quote byte, mode int) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, quote)
	buf = appendEscaped(buf, r, quote, mode)
	return append(buf, quote)
}

// appendEscaped appends r as it appears inside a literal quoted with quote.
func appendEscaped(buf []byte, r rune, quote byte, mode int) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	switch mode {
	case keepASCII:
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	case keepGraphic:
		if IsPrint(r) || IsGraphic(r) {
			return utf8.AppendRune(buf, r)
		}
	default:
		if IsPrint(r) {
			return utf8.AppendRune(buf, r)
		}
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	if r < ' ' || r == 0x7F {
		return append(buf, '\\', 'x', hexDigits[r>>4], hexDigits[r&0xF])
	}
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	if r < 0x10000 {
		buf = append(buf, '\\', 'u')
		for shift := 12; shift >= 0; shift -= 4 {
			buf = append(buf, hexDigits[r>>uint(shift)&0xF])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		buf = append(buf, hexDigits[r>>uint(shift)&0xF])
	}
	return buf
}

func quoteString(s string, quote byte, mode int) string {
	b := appendQuoted(make([]byte, 0, 3*len(s)/2), s, quote, mode)
	return string(b)
}

func quoteRune(r rune, mode int) string {
	b := appendQuotedRune(nil, r, '\'', mode)
	return string(b)
}

// Quote returns s as a double-quoted Go string literal: control
// characters, non-printable runes and invalid UTF-8 bytes are escaped.
func Quote(s string) string { return quoteString(s, '"', keepPrint) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', keepPrint) }

// QuoteToASCII is Quote with every non-ASCII rune escaped too.
func QuoteToASCII(s string) string { return quoteString(s, '"', keepASCII) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', keepASCII) }

// QuoteToGraphic is Quote keeping every graphic rune (IsGraphic) as is.
func QuoteToGraphic(s string) string { return quoteString(s, '"', keepGraphic) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepGraphic)
}

// QuoteRune returns r as a single-quoted Go character literal; an invalid
// rune becomes U+FFFD.
func QuoteRune(r rune) string { return quoteRune(r, keepPrint) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, '\'', keepPrint) }

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string { return quoteRune(r, keepASCII) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', keepASCII)
}

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune as is.
func QuoteRuneToGraphic(r rune) string { return quoteRune(r, keepGraphic) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', keepGraphic)
}

// CanBackquote reports whether s can be written as a raw string literal on
// one line: valid UTF-8 without control characters other than tab,
// without backquotes and without a byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		if n > 1 {
			if r == 0xFEFF {
				return false
			}
			continue
		}
		if r == utf8.RuneError || r < ' ' && r != '\t' || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func hexValue(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// unquoteChar is UnquoteChar reporting failure as ok == false.
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool) {
	if len(s) == 0 {
		return 0, false, "", false
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", false
	}
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s)
		return r, true, s[n:], true
	}
	if c != '\\' {
		return rune(c), false, s[1:], true
	}
	if len(s) < 2 {
		return 0, false, "", false
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		return '\a', false, s, true
	case 'b':
		return '\b', false, s, true
	case 'f':
		return '\f', false, s, true
	case 'n':
		return '\n', false, s, true
	case 'r':
		return '\r', false, s, true
	case 't':
		return '\t', false, s, true
	case 'v':
		return '\v', false, s, true
	case '\\':
		return '\\', false, s, true
	case '\'', '"':
		if c != quote {
			return 0, false, "", false
		}
		return rune(c), false, s, true
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", false
		}
		var v rune
		for j := 0; j < n; j++ {
			d, good := hexValue(s[j])
			if !good {
				return 0, false, "", false
			}
			v = v<<4 | d
		}
		s = s[n:]
		if c == 'x' {
			return v, false, s, true
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", false
		}
		return v, true, s, true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(s) < 2 {
			return 0, false, "", false
		}
		v := rune(c - '0')
		for j := 0; j < 2; j++ {
			d := rune(s[j]) - '0'
			if d < 0 || d > 7 {
				return 0, false, "", false
			}
			v = v<<3 | d
		}
		if v > 255 {
			return 0, false, "", false
		}
		return v, false, s[2:], true
	}
	return 0, false, "", false
}

// UnquoteChar decodes the first character or escape sequence of s, the
// inside of a literal quoted with quote (0 for none). It returns the
// value, whether it needs a multi-byte UTF-8 encoding, and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", syntaxErr()
	}
	return value, multibyte, tail, nil
}

// unquote reads the quoted literal at the start of in. With unescape it
// returns the value, otherwise the literal's text; rem is what follows.
func unquote(in string, unescape bool) (out, rem string, ok bool) {
	if len(in) < 2 {
		return "", in, false
	}
	quote := in[0]
	end := index(in[1:], quote)
	if end < 0 {
		return "", in, false
	}
	end += 2 // just past the closing quote, if no escape hid an earlier one
	switch quote {
	case '`':
		if !unescape {
			return in[:end], in[end:], true
		}
		if index(in[:end], '\r') < 0 {
			return in[1 : end-1], in[end:], true
		}
		// Carriage returns are dropped from raw strings.
		buf := make([]byte, 0, end-3)
		for i := 1; i < end-1; i++ {
			if in[i] != '\r' {
				buf = append(buf, in[i])
			}
		}
		return string(buf), in[end:], true
	case '"', '\'':
	default:
		return "", in, false
	}
	// Fast path: no escapes and no newline.
	if index(in[:end], '\\') < 0 && index(in[:end], '\n') < 0 {
		body := in[1 : end-1]
		valid := false
		if quote == '"' {
			valid = utf8.ValidString(body)
		} else {
			r, n := utf8.DecodeRuneInString(body)
			valid = n+2 == end && (r != utf8.RuneError || n != 1)
		}
		if valid {
			if unescape {
				return body, in[end:], true
			}
			return in[:end], in[end:], true
		}
	}
	var buf []byte
	if unescape {
		buf = make([]byte, 0, 3*end/2)
	}
	rest := in[1:]
	for len(rest) > 0 && rest[0] != quote {
		r, multibyte, tail, good := unquoteChar(rest, quote)
		if rest[0] == '\n' || !good {
			return "", in, false
		}
		rest = tail
		if unescape {
			if r < utf8.RuneSelf || !multibyte {
				buf = append(buf, byte(r))
			} else {
				buf = utf8.AppendRune(buf, r)
			}
		}
		if quote == '\'' {
			break
		}
	}
	if len(rest) == 0 || rest[0] != quote {
		return "", in, false
	}
	rest = rest[1:]
	if unescape {
		return string(buf), rest, true
	}
	return in[:len(in)-len(rest)], rest, true
}

// Unquote returns the value of s, a Go string literal (double-quoted or
// raw) or character literal.
func Unquote(s string) (string, error) {
	out, rem, ok := unquote(s, true)
	if !ok || len(rem) > 0 {
		return "", syntaxErr()
	}
	return out, nil
}

// QuotedPrefix returns the quoted literal at the start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, ok := unquote(s, false)
	if !ok {
		return "", syntaxErr()
	}
	return out, nil
}
