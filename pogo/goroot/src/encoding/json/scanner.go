package json

import (
	"strconv"
	"unicode/utf8"
)

// Syntax checking. A recursive-descent validator finds the first error in the
// order gc's state machine would, with the same messages.

// A SyntaxError is a description of a JSON syntax error.
type SyntaxError struct {
	msg    string
	Offset int64 // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	return checkValid(data) == nil
}

func checkValid(data []byte) error {
	s := scanner{data: data}
	_, err := s.topValue()
	return err
}

// scanner walks a byte slice; eof marks that more input may follow (streams).
type scanner struct {
	data []byte
	off  int
	more bool // the input may continue past data (Decoder)
	short bool // stopped at the end of data
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

func (s *scanner) skipSpace() {
	for s.off < len(s.data) && isSpace(s.data[s.off]) {
		s.off++
	}
}

func (s *scanner) errAt(c byte, context string) error {
	return &SyntaxError{"invalid character " + quoteChar(c) + " " + context, int64(s.off + 1)}
}

// escapeErr reports a bad escape sequence: quoted when it holds spaces,
// backquotes or unprintable characters, else in backquotes.
func (s *scanner) escapeErr(seq string) error {
	what := "`" + seq + "`"
	for _, r := range seq {
		if r == '`' || r == utf8.RuneError || r == ' ' || r == '\t' || r == '\n' || r == '\r' || !strconv.IsPrint(r) {
			what = strconv.Quote(seq)
			break
		}
	}
	return &SyntaxError{"invalid escape sequence " + what + " in string", int64(s.off + 1)}
}

func (s *scanner) eof() error {
	s.short = true
	return &SyntaxError{"unexpected end of JSON input", int64(s.off)}
}

// topValue checks one value and what follows it; it returns the end offset of
// the value.
func (s *scanner) topValue() (int, error) {
	s.skipSpace()
	if err := s.value(); err != nil {
		return 0, err
	}
	end := s.off
	s.skipSpace()
	if s.off < len(s.data) {
		return 0, s.errAt(s.data[s.off], "after top-level value")
	}
	return end, nil
}

func (s *scanner) value() error {
	if s.off >= len(s.data) {
		return s.eof()
	}
	c := s.data[s.off]
	switch {
	case c == '{':
		return s.object()
	case c == '[':
		return s.array()
	case c == '"':
		return s.str()
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	}
	return s.errAt(c, "looking for beginning of value")
}

func (s *scanner) literal(lit string) error {
	for i := 1; i < len(lit); i++ {
		p := s.off + i
		if p >= len(s.data) {
			s.off = p
			return s.eof()
		}
		if s.data[p] != lit[i] {
			s.off = p
			return s.errAt(s.data[p], "in literal "+lit+" (expecting "+quoteChar(lit[i])+")")
		}
	}
	s.off += len(lit)
	return nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (s *scanner) number() error {
	d := s.data
	if d[s.off] == '-' {
		s.off++
		if s.off >= len(d) {
			return s.eof()
		}
		if !isDigit(d[s.off]) {
			return s.errAt(d[s.off], "in numeric literal")
		}
	}
	if d[s.off] == '0' {
		s.off++
	} else {
		for s.off < len(d) && isDigit(d[s.off]) {
			s.off++
		}
	}
	if s.off < len(d) && d[s.off] == '.' {
		s.off++
		if s.off >= len(d) {
			return s.eof()
		}
		if !isDigit(d[s.off]) {
			return s.errAt(d[s.off], "in numeric literal")
		}
		for s.off < len(d) && isDigit(d[s.off]) {
			s.off++
		}
	}
	if s.off < len(d) && (d[s.off] == 'e' || d[s.off] == 'E') {
		s.off++
		if s.off < len(d) && (d[s.off] == '+' || d[s.off] == '-') {
			s.off++
		}
		if s.off >= len(d) {
			return s.eof()
		}
		if !isDigit(d[s.off]) {
			return s.errAt(d[s.off], "in numeric literal")
		}
		for s.off < len(d) && isDigit(d[s.off]) {
			s.off++
		}
	}
	if s.off >= len(d) {
		s.short = true // a number's end is only known at the next byte
	}
	return nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (s *scanner) str() error {
	d := s.data
	s.off++
	for {
		if s.off >= len(d) {
			return s.eof()
		}
		c := d[s.off]
		switch {
		case c == '"':
			s.off++
			return nil
		case c == '\\':
			s.off++
			if s.off >= len(d) {
				return s.eof()
			}
			switch d[s.off] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				s.off++
			case 'u':
				s.off++
				start := s.off - 2
				for i := 0; i < 4; i++ {
					if s.off >= len(d) {
						return s.eof()
					}
					if !isHex(d[s.off]) {
						end := start + 6
						if end > len(d) {
							end = len(d)
						}
						return s.escapeErr(string(d[start:end]))
					}
					s.off++
				}
			default:
				return s.escapeErr(string(d[s.off-1 : s.off+1]))
			}
		case c < 0x20:
			return s.errAt(c, "in string")
		default:
			s.off++
		}
	}
}

func (s *scanner) object() error {
	d := s.data
	s.off++
	s.skipSpace()
	if s.off >= len(d) {
		return s.eof()
	}
	if d[s.off] == '}' {
		s.off++
		return nil
	}
	for {
		if s.off >= len(d) {
			return s.eof()
		}
		if d[s.off] != '"' {
			return s.errAt(d[s.off], "looking for beginning of object key string")
		}
		if err := s.str(); err != nil {
			return err
		}
		s.skipSpace()
		if s.off >= len(d) {
			return s.eof()
		}
		if d[s.off] != ':' {
			return s.errAt(d[s.off], "after object key")
		}
		s.off++
		s.skipSpace()
		if err := s.value(); err != nil {
			return err
		}
		s.skipSpace()
		if s.off >= len(d) {
			return s.eof()
		}
		switch d[s.off] {
		case ',':
			s.off++
			s.skipSpace()
			continue
		case '}':
			s.off++
			return nil
		}
		return s.errAt(d[s.off], "after object key:value pair")
	}
}

func (s *scanner) array() error {
	d := s.data
	s.off++
	s.skipSpace()
	if s.off >= len(d) {
		return s.eof()
	}
	if d[s.off] == ']' {
		s.off++
		return nil
	}
	for {
		if err := s.value(); err != nil {
			return err
		}
		s.skipSpace()
		if s.off >= len(d) {
			return s.eof()
		}
		switch d[s.off] {
		case ',':
			s.off++
			s.skipSpace()
			continue
		case ']':
			s.off++
			return nil
		}
		return s.errAt(d[s.off], "after array element")
	}
}
