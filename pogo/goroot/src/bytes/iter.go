package bytes

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Lines yields the newline-terminated lines of s, each with its '\n'; a
// last line without one is yielded as it is. The yielded slices share s's
// memory and have no spare capacity.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			n := IndexByte(s, '\n') + 1
			if n == 0 {
				n = len(s)
			}
			if !yield(s[:n:n]) {
				return
			}
			s = s[n:]
		}
	}
}

// seqSplit yields the pieces of s between the occurrences of sep, each
// followed by keep bytes of its separator; an empty sep splits s into its
// UTF-8 sequences.
func seqSplit(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := utf8.DecodeRune(s)
				if !yield(s[:size:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			end := i + keep
			if !yield(s[:end:end]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

// SplitSeq yields the subslices Split(s, sep) would return, without
// building the slice of them.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return seqSplit(s, sep, 0) }

// SplitAfterSeq yields the subslices SplitAfter(s, sep) would return,
// without building the slice of them.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return seqSplit(s, sep, len(sep)) }

// FieldsSeq yields the fields Fields(s) would return: the runs of
// characters between white space.
func FieldsSeq(s []byte) iter.Seq[[]byte] { return FieldsFuncSeq(s, unicode.IsSpace) }

// FieldsFuncSeq yields the fields FieldsFunc(s, f) would return: the runs
// of characters c with !f(c).
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRune(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:len(s):len(s)])
		}
	}
}

// ToUpperSpecial maps s to upper case, with c's mappings taking precedence.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case, with c's mappings taking precedence.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case, with c's mappings taking precedence.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }
