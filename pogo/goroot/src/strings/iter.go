package strings

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// Lines yields the newline-terminated lines of s, each with its "\n"; a
// last line without one is yielded as it is.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			n := IndexByte(s, '\n') + 1
			if n == 0 {
				n = len(s)
			}
			if !yield(s[:n]) {
				return
			}
			s = s[n:]
		}
	}
}

// seqSplit yields the pieces of s between the occurrences of sep, each
// followed by keep bytes of its separator; an empty sep splits s into its
// UTF-8 sequences.
func seqSplit(s, sep string, keep int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if sep == "" {
			for s != "" {
				_, size := utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
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
			if !yield(s[:i+keep]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

// SplitSeq yields the substrings Split(s, sep) would return, without
// building the slice.
func SplitSeq(s, sep string) iter.Seq[string] { return seqSplit(s, sep, 0) }

// SplitAfterSeq yields the substrings SplitAfter(s, sep) would return,
// without building the slice.
func SplitAfterSeq(s, sep string) iter.Seq[string] { return seqSplit(s, sep, len(sep)) }

// FieldsSeq yields the fields Fields(s) would return: the runs of
// characters between white space.
func FieldsSeq(s string) iter.Seq[string] { return FieldsFuncSeq(s, unicode.IsSpace) }

// FieldsFuncSeq yields the fields FieldsFunc(s, f) would return: the runs
// of characters c with !f(c).
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
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
			yield(s[start:])
		}
	}
}

// ToUpperSpecial maps s to upper case, with c's mappings taking precedence.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case, with c's mappings taking precedence.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case, with c's mappings taking precedence.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }
