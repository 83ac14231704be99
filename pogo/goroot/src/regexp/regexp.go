// Package regexp implements RE2-syntax regular expressions with Go's
// leftmost-first semantics: a backtracking matcher that explores
// alternatives in priority order and never revisits an (instruction,
// position) state, so matching stays linear in their number.
package regexp

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Regexp is a compiled regular expression; it is safe for concurrent use.
type Regexp struct {
	expr    string
	prog    []inst
	names   []string  // names[i]: capture i's name, "" when unnamed; names[0] is ""
	prefix  string    // literal every match starts with
	firsts  *firstSet // the bytes a match can start with, or nil
	longest bool      // leftmost-longest instead of leftmost-first
}

// Longest makes later searches prefer the leftmost-longest match, as POSIX
// does, instead of the leftmost-first one.
func (re *Regexp) Longest() { re.longest = true }

// Compile parses expr and returns its Regexp.
func Compile(expr string) (*Regexp, error) {
	n, names, err := parse(expr)
	if err != nil {
		return nil, err
	}
	prog := compile(n, len(names)-1)
	prefix, _ := startInfo(prog)
	return &Regexp{expr: expr, prog: prog, names: names, prefix: prefix, firsts: firstBytes(prog)}, nil
}

// MustCompile is Compile that panics on error.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether s contains a match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether b contains a match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	return MatchString(pattern, string(b))
}

// QuoteMeta escapes every regular-expression metacharacter in s.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// String returns the source text of the expression.
func (re *Regexp) String() string { return re.expr }

// NumSubexp returns the number of parenthesised subexpressions.
func (re *Regexp) NumSubexp() int { return len(re.names) - 1 }

// SubexpNames returns the names of the subexpressions; element 0 is the
// whole match and is always "".
func (re *Regexp) SubexpNames() []string { return re.names }

// SubexpIndex returns the index of the subexpression with the given name,
// or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range re.names {
			if n == name {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns the literal text every match must start with and
// whether that literal is the whole expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	var b strings.Builder
	pc := 1
	anchored := false
	for pc < len(re.prog) && re.prog[pc].op == opAssert && re.prog[pc].x == nBeginText {
		anchored = true
		pc++
	}
	for pc < len(re.prog) {
		in := re.prog[pc]
		if in.op == opSave && in.x > 1 {
			pc++
			continue
		}
		if in.op != opLit || in.fold {
			break
		}
		b.WriteRune(in.r)
		pc++
	}
	return b.String(), !anchored && re.prog[pc].op == opSave && re.prog[pc].x == 1
}

// newMachine prepares a matcher over text recording ncap capture slots.
func (re *Regexp) newMachine(text string, slots int) *machine {
	return &machine{prog: re.prog, prefix: re.prefix, firsts: re.firsts, longest: re.longest, text: text, caps: make([]int, slots), matched: make([]int, slots)}
}

func (re *Regexp) slots(sub bool) int {
	if sub {
		return 2 * len(re.names)
	}
	return 2
}

// find returns the capture positions of the first match in s, or nil.
func (re *Regexp) find(s string, sub bool) []int {
	m := re.newMachine(s, re.slots(sub))
	a := m.search(0, false)
	if a == nil {
		return nil
	}
	return append([]int(nil), a...)
}

// all calls deliver for each successive match in s, at most n of them
// (n < 0: all); an empty match right after the previous match is skipped.
func (re *Regexp) all(s string, n int, sub bool, deliver func([]int)) {
	m := re.newMachine(s, re.slots(sub))
	prevEnd := -1
	count := 0
	for pos := 0; pos <= len(s) && (n < 0 || count < n); {
		a := m.search(pos, false)
		if a == nil {
			break
		}
		accept := true
		if a[1] == a[0] {
			if a[0] == prevEnd {
				accept = false
			}
			if a[1] < len(s) {
				_, w := utf8.DecodeRuneInString(s[a[1]:])
				pos = a[1] + w
			} else {
				pos = len(s) + 1
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if accept {
			deliver(append([]int(nil), a...))
			count++
		}
	}
}

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool { return re.find(s, false) != nil }

// Match reports whether b contains a match.
func (re *Regexp) Match(b []byte) bool { return re.MatchString(string(b)) }

// FindString returns the text of the first match ("" if none).
func (re *Regexp) FindString(s string) string {
	a := re.find(s, false)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the position of the first match, or nil.
func (re *Regexp) FindStringIndex(s string) []int {
	a := re.find(s, false)
	if a == nil {
		return nil
	}
	return a[:2]
}

// FindStringSubmatch returns the text of the first match and its
// subexpressions ("" for ones that did not take part), or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.find(s, true)
	if a == nil {
		return nil
	}
	return substrings(s, a)
}

func substrings(s string, a []int) []string {
	out := make([]string, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return out
}

// FindStringSubmatchIndex returns the index pairs of the first match and its
// subexpressions (-1 for ones that did not take part), or nil.
func (re *Regexp) FindStringSubmatchIndex(s string) []int { return re.find(s, true) }

// FindAllString returns up to n matches (all if n < 0), or nil.
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.all(s, n, false, func(a []int) { out = append(out, s[a[0]:a[1]]) })
	return out
}

// FindAllStringIndex returns the positions of up to n matches, or nil.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, false, func(a []int) { out = append(out, a[:2]) })
	return out
}

// FindAllStringSubmatch returns FindStringSubmatch for up to n matches.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.all(s, n, true, func(a []int) { out = append(out, substrings(s, a)) })
	return out
}

// FindAllStringSubmatchIndex returns FindStringSubmatchIndex for up to n
// matches.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, true, func(a []int) { out = append(out, a) })
	return out
}

// Find returns the first match in b, or nil.
func (re *Regexp) Find(b []byte) []byte {
	a := re.find(string(b), false)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the position of the first match in b, or nil.
func (re *Regexp) FindIndex(b []byte) []int { return re.FindStringIndex(string(b)) }

// FindSubmatch returns the first match in b and its subexpressions.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.find(string(b), true)
	if a == nil {
		return nil
	}
	return subslices(b, a)
}

func subslices(b []byte, a []int) [][]byte {
	out := make([][]byte, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return out
}

// FindSubmatchIndex returns FindStringSubmatchIndex for b.
func (re *Regexp) FindSubmatchIndex(b []byte) []int { return re.find(string(b), true) }

// FindAll returns up to n matches in b.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.all(string(b), n, false, func(a []int) { out = append(out, b[a[0]:a[1]:a[1]]) })
	return out
}

// FindAllIndex returns the positions of up to n matches in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.FindAllStringIndex(string(b), n) }

// FindAllSubmatch returns FindSubmatch for up to n matches in b.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.all(string(b), n, true, func(a []int) { out = append(out, subslices(b, a)) })
	return out
}

// FindAllSubmatchIndex returns FindSubmatchIndex for up to n matches in b.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// replace builds src with every match replaced by what repl appends.
func (re *Regexp) replace(src string, sub bool, repl func(dst []byte, a []int) []byte) []byte {
	m := re.newMachine(src, re.slots(sub))
	var buf []byte
	lastEnd := 0
	for pos := 0; pos <= len(src); {
		a := m.search(pos, false)
		if a == nil {
			break
		}
		buf = append(buf, src[lastEnd:a[0]]...)
		// an empty match right after a replaced match is not replaced again
		if a[1] > lastEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastEnd = a[1]
		w := 1
		if pos < len(src) {
			_, w = utf8.DecodeRuneInString(src[pos:])
		}
		if pos+w > a[1] {
			pos += w
		} else if pos+1 > a[1] {
			pos++
		} else {
			pos = a[1]
		}
	}
	return append(buf, src[lastEnd:]...)
}

// ReplaceAllString replaces every match with repl, expanding $1, ${name}.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	sub := strings.IndexByte(repl, '$') >= 0
	return string(re.replace(src, sub, func(dst []byte, a []int) []byte {
		return re.expand(dst, repl, src, a)
	}))
}

// ReplaceAllLiteralString replaces every match with repl as is.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(src, false, func(dst []byte, a []int) []byte { return append(dst, repl...) }))
}

// ReplaceAllStringFunc replaces every match with repl applied to it.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(src, false, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]])...)
	}))
}

// ReplaceAll is ReplaceAllString for bytes.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s, r := string(src), string(repl)
	sub := strings.IndexByte(r, '$') >= 0
	return re.replace(s, sub, func(dst []byte, a []int) []byte { return re.expand(dst, r, s, a) })
}

// ReplaceAllLiteral is ReplaceAllLiteralString for bytes.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(string(src), false, func(dst []byte, a []int) []byte { return append(dst, repl...) })
}

// ReplaceAllFunc is ReplaceAllStringFunc for bytes.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(string(src), false, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]:a[1]])...)
	})
}

// Expand appends template to dst with $-references filled from match, the
// submatch indices of a match in src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand for strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// expand appends template with $n, ${n}, $name, ${name} and $$ resolved
// against the match positions a in src. A malformed reference is copied as
// text; an unknown name or index expands to nothing.
func (re *Regexp) expand(dst []byte, template, src string, a []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i:]
		if len(template) > 1 && template[1] == '$' {
			dst = append(dst, '$')
			template = template[2:]
			continue
		}
		name, rest, ok := refName(template)
		if !ok {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		template = rest
		idx := -1
		if n, err := strconv.Atoi(name); err == nil && n >= 0 && name[0] != '+' && name[0] != '-' {
			idx = n
		} else {
			idx = re.SubexpIndex(name)
		}
		if idx >= 0 && 2*idx+1 < len(a) && a[2*idx] >= 0 {
			dst = append(dst, src[a[2*idx]:a[2*idx+1]]...)
		}
	}
	return append(dst, template...)
}

// refName reads the name of a $-reference at the start of t.
func refName(t string) (name, rest string, ok bool) {
	t = t[1:]
	braced := false
	if t != "" && t[0] == '{' {
		braced = true
		t = t[1:]
	}
	i := 0
	for i < len(t) {
		r, w := utf8.DecodeRuneInString(t[i:])
		if r != '_' && !('0' <= r && r <= '9') && !isLetter(r) {
			break
		}
		i += w
	}
	if i == 0 {
		return "", "", false
	}
	name = t[:i]
	if braced {
		if i >= len(t) || t[i] != '}' {
			return "", "", false
		}
		i++
	}
	return name, t[i:], true
}

func isLetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && isUnicodeLetter(r)
}

// Split slices s into the substrings between matches, at most n of them
// (n < 0: all; n == 0: nil).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}

// MarshalText returns the expression's source text.
func (re *Regexp) MarshalText() ([]byte, error) { return []byte(re.expr), nil }

// AppendText appends the expression's source text to b.
func (re *Regexp) AppendText(b []byte) ([]byte, error) { return append(b, re.expr...), nil }

// UnmarshalText compiles text into re, replacing it.
func (re *Regexp) UnmarshalText(text []byte) error {
	nre, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *nre
	return nil
}

// Copy returns a copy of re.
//
// Deprecated: a Regexp is safe for concurrent use; there is no need to copy it.
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// readAll collects the runes of r into a string; matching needs the text
// behind each position for assertions, so a reader is read to its end.
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

// MatchReader reports whether the text read from r contains a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool { return re.MatchString(readAll(r)) }

// FindReaderIndex returns the position of the first match in the text read
// from r, or nil.
func (re *Regexp) FindReaderIndex(r io.RuneReader) []int { return re.FindStringIndex(readAll(r)) }

// FindReaderSubmatchIndex returns FindStringSubmatchIndex of the text read
// from r.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.FindStringSubmatchIndex(readAll(r))
}

// MatchReader reports whether the text read from r contains a match of
// pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}
