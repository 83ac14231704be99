package regexp

import (
	"io"
	"strings"
)

// readAll collects the runes of r. pogo's matcher needs the whole input at
// once, so unlike gc's the reader methods read r to its end (or first error)
// even when the match ends earlier.
func readAll(r io.RuneReader) string {
	var b strings.Builder
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			return b.String()
		}
		b.WriteRune(c)
	}
}

// MatchReader reports whether the runes of r contain a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool { return re.MatchString(readAll(r)) }

// FindReaderIndex returns the byte bounds of the leftmost match in r's text.
func (re *Regexp) FindReaderIndex(r io.RuneReader) []int { return re.FindStringIndex(readAll(r)) }

// FindReaderSubmatchIndex returns the byte bounds of the leftmost match in
// r's text and of its groups.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.FindStringSubmatchIndex(readAll(r))
}

// MatchReader compiles pattern and matches the runes of r against it.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}
