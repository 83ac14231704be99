package regexp

import "unicode"

// foldEq reports whether a and b are equal under simple Unicode case folding.
func foldEq(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

func isUnicodeLetter(r rune) bool { return unicode.IsLetter(r) }
