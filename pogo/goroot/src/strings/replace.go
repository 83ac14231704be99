package strings

import "io"

// A Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a Replacer for the pairs old, new, ... . At each
// position the first pair (in argument order) whose old string starts there
// applies; matches do not overlap. It panics on an odd argument count.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// match returns the index in oldnew of the first pair whose old string is a
// prefix of s, or -1. With skipEmpty, empty old strings do not count (an
// empty match was just made at this position).
func (r *Replacer) match(s string, skipEmpty bool) int {
	for k := 0; k < len(r.oldnew); k += 2 {
		old := r.oldnew[k]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return k
		}
	}
	return -1
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s[i:], prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		b = append(b, r.oldnew[k+1]...)
		n := len(r.oldnew[k])
		prevEmpty = n == 0
		i += n
		last = i
	}
	if b == nil {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s with the replacements done to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
