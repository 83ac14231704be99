// Package regexp implements regular expression search with the RE2 syntax
// Go accepts (see "go doc regexp/syntax"), with Go's leftmost-first match
// semantics. The matcher is a backtracker that never revisits a state, so
// its time is linear in the input for a fixed expression.
//
// Not supported yet: the POSIX ERE syntax of CompilePOSIX; it panics with a
// "pogo:" message. Longest works on the Perl syntax.
package regexp

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Regexp is a compiled regular expression, safe for concurrent use.
type Regexp struct {
	expr     string
	prog     []inst
	ncap     int
	names    []string
	prefix   string
	complete bool
	longest  bool
}

// Compile parses a regular expression.
func Compile(expr string) (*Regexp, error) {
	tree, ncap, names, err := parseRegexp(expr)
	if err != nil {
		return nil, err
	}
	c := &compiler{}
	c.emit(inst{op: opSave, x: 0})
	c.compile(tree)
	c.emit(inst{op: opSave, x: 1})
	c.emit(inst{op: opMatch})
	if len(c.prog) > 100000 {
		return nil, &Error{errLarge, expr}
	}
	re := &Regexp{expr: expr, prog: c.prog, ncap: ncap, names: names}
	re.prefix, re.complete = literalPrefix(c.prog)
	return re, nil
}

// literalPrefix reads the runes every match must start with, skipping
// capture bookkeeping; complete when nothing else follows.
func literalPrefix(prog []inst) (string, bool) {
	pc := 0
	for prog[pc].op == opSave {
		pc++
	}
	if prog[pc].op == opAssert && prog[pc].x == aBeginText {
		// Go takes the prefix after a leading ^ when the program runs one-pass;
		// certainly so for ^literal, optionally followed by $.
		end := pc + 1
		for prog[end].op == opSave || prog[end].op == opRune && prog[end].n.kind == kLit && len(prog[end].fold) == 0 && prog[end].n.r != utf8.RuneError {
			end++
		}
		if prog[end].op == opMatch {
			p, _ := literalPrefix(prog[pc+1:])
			return p, false
		}
		if prog[end].op == opAssert && prog[end].x == aEndText && prog[end+1].op == opMatch {
			p, _ := literalPrefix(prog[pc+1:])
			return p, true
		}
	}
	var b strings.Builder
	for {
		for prog[pc].op == opSave {
			pc++
		}
		in := &prog[pc]
		if in.op != opRune || in.n.kind != kLit || len(in.fold) > 0 || in.n.r == utf8.RuneError {
			return b.String(), in.op == opMatch
		}
		b.WriteRune(in.n.r)
		pc++
	}
}

// CompilePOSIX would compile with POSIX ERE syntax for leftmost-longest
// matching.
func CompilePOSIX(expr string) (*Regexp, error) {
	panic("pogo: regexp POSIX syntax (CompilePOSIX) not supported yet")
}

// MustCompile is Compile that panics on a bad expression.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX would compile for leftmost-longest matching.
func MustCompilePOSIX(str string) *Regexp { re, _ := CompilePOSIX(str); return re }

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// Longest makes future searches prefer, among the leftmost matches, the
// longest one. Not safe to call concurrently with searches.
func (re *Regexp) Longest() { re.longest = true }

// String returns the source text.
func (re *Regexp) String() string { return re.expr }

// NumSubexp is the number of parenthesised subexpressions.
func (re *Regexp) NumSubexp() int { return re.ncap }

// SubexpNames returns the names of the groups; index 0 (the whole match)
// and unnamed groups have "".
func (re *Regexp) SubexpNames() []string { return re.names }

// SubexpIndex returns the number of the group with the given name, or -1.
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

// LiteralPrefix returns the literal text every match begins with, and
// whether that text is the whole expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) { return re.prefix, re.complete }

// MarshalText returns the source text.
func (re *Regexp) MarshalText() ([]byte, error) { return []byte(re.expr), nil }

// UnmarshalText compiles text into re.
func (re *Regexp) UnmarshalText(text []byte) error {
	n, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *n
	return nil
}

// Copy returns a copy of re. Deprecated: a Regexp is safe to share.
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

func (re *Regexp) matcher() *matcher {
	return &matcher{prog: re.prog, ncap: re.ncap, longest: re.longest}
}

// find returns the capture slots of the first match at or after pos.
func (re *Regexp) find(s string, pos int) []int { return re.matcher().search(s, pos, false) }

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool { return re.find(s, 0) != nil }

// Match reports whether b contains a match.
func (re *Regexp) Match(b []byte) bool { return re.find(string(b), 0) != nil }

// MatchString compiles pattern and matches s against it.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match compiles pattern and matches b against it.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta escapes every metacharacter of s.
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

// all calls deliver for successive non-overlapping matches (at most n when
// n >= 0). An empty match right after the previous match is skipped.
func (re *Regexp) all(s string, n int, deliver func([]int)) {
	if n < 0 {
		n = len(s) + 1
	}
	m := re.matcher()
	for pos, count, prevEnd := 0, 0, -1; count < n && pos <= len(s); {
		a := m.search(s, pos, false)
		if a == nil {
			break
		}
		accept := true
		if a[1] == pos {
			if a[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if accept {
			deliver(a)
			count++
		}
	}
}

// FindString returns the leftmost match, or "".
func (re *Regexp) FindString(s string) string {
	a := re.find(s, 0)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// Find returns the leftmost match, or nil.
func (re *Regexp) Find(b []byte) []byte {
	a := re.find(string(b), 0)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindStringIndex returns the bounds of the leftmost match, or nil.
func (re *Regexp) FindStringIndex(s string) []int {
	a := re.find(s, 0)
	if a == nil {
		return nil
	}
	return a[:2]
}

// FindIndex returns the bounds of the leftmost match, or nil.
func (re *Regexp) FindIndex(b []byte) []int { return re.FindStringIndex(string(b)) }

// FindStringSubmatch returns the leftmost match and its groups' texts.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.find(s, 0)
	if a == nil {
		return nil
	}
	return subStrings(s, a)
}

func subStrings(s string, a []int) []string {
	out := make([]string, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return out
}

func subSlices(b []byte, a []int) [][]byte {
	out := make([][]byte, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return out
}

// FindSubmatch returns the leftmost match and its groups.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.find(string(b), 0)
	if a == nil {
		return nil
	}
	return subSlices(b, a)
}

// FindStringSubmatchIndex returns the bounds of the leftmost match and of
// its groups (-1 for groups that did not take part).
func (re *Regexp) FindStringSubmatchIndex(s string) []int { return re.find(s, 0) }

// FindSubmatchIndex is FindStringSubmatchIndex for a byte slice.
func (re *Regexp) FindSubmatchIndex(b []byte) []int { return re.find(string(b), 0) }

// FindAllString returns up to n successive matches (all if n < 0).
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.all(s, n, func(a []int) { out = append(out, s[a[0]:a[1]]) })
	return out
}

// FindAll returns up to n successive matches (all if n < 0).
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.all(string(b), n, func(a []int) { out = append(out, b[a[0]:a[1]:a[1]]) })
	return out
}

// FindAllStringIndex returns the bounds of up to n successive matches.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, func(a []int) { out = append(out, a[:2]) })
	return out
}

// FindAllIndex returns the bounds of up to n successive matches.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.FindAllStringIndex(string(b), n) }

// FindAllStringSubmatch returns up to n successive matches with groups.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.all(s, n, func(a []int) { out = append(out, subStrings(s, a)) })
	return out
}

// FindAllSubmatch returns up to n successive matches with groups.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.all(string(b), n, func(a []int) { out = append(out, subSlices(b, a)) })
	return out
}

// FindAllStringSubmatchIndex returns the slots of up to n successive matches.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, func(a []int) { out = append(out, a) })
	return out
}

// FindAllSubmatchIndex returns the slots of up to n successive matches.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// replace builds the result of replacing every match of re in src; repl
// appends the replacement of one match.
func (re *Regexp) replace(src string, repl func(dst []byte, m []int) []byte) []byte {
	var buf []byte
	last := 0
	m := re.matcher()
	for pos := 0; pos <= len(src); {
		a := m.search(src, pos, false)
		if a == nil {
			break
		}
		buf = append(buf, src[last:a[0]]...)
		// An empty match right after a match is not replaced again.
		if a[1] > last || a[0] == 0 {
			buf = repl(buf, a)
		}
		last = a[1]
		w := 1
		if pos < len(src) {
			_, w = utf8.DecodeRuneInString(src[pos:])
		}
		switch {
		case pos+w > a[1]:
			pos += w
		case pos+1 > a[1]:
			pos++
		default:
			pos = a[1]
		}
	}
	return append(buf, src[last:]...)
}

// ReplaceAllString replaces matches with repl, expanding $1, ${name} etc.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replace(src, func(dst []byte, m []int) []byte { return re.expand(dst, repl, src, m) }))
}

// ReplaceAllLiteralString replaces matches with repl as is.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(src, func(dst []byte, m []int) []byte { return append(dst, repl...) }))
}

// ReplaceAllStringFunc replaces each match with repl of its text.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(src, func(dst []byte, m []int) []byte { return append(dst, repl(src[m[0]:m[1]])...) }))
}

// ReplaceAll replaces matches with repl, expanding $1, ${name} etc.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	return re.replace(s, func(dst []byte, m []int) []byte { return re.expand(dst, string(repl), s, m) })
}

// ReplaceAllLiteral replaces matches with repl as is.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(string(src), func(dst []byte, m []int) []byte { return append(dst, repl...) })
}

// ReplaceAllFunc replaces each match with repl of its bytes.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(string(src), func(dst []byte, m []int) []byte { return append(dst, repl(src[m[0]:m[1]])...) })
}

// Expand appends template to dst with $-references replaced from match
// (slots as FindSubmatchIndex returns them) in src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand for strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// expand handles $name and ${name} (name: letters, digits and '_'; a
// number is a group index, anything else a group name) and $$.
func (re *Regexp) expand(dst []byte, tmpl string, src string, m []int) []byte {
	for {
		i := strings.IndexByte(tmpl, '$')
		if i < 0 {
			break
		}
		dst = append(dst, tmpl[:i]...)
		tmpl = tmpl[i:]
		if len(tmpl) > 1 && tmpl[1] == '$' {
			dst = append(dst, '$')
			tmpl = tmpl[2:]
			continue
		}
		name, num, rest, ok := refName(tmpl)
		if !ok {
			dst = append(dst, '$')
			tmpl = tmpl[1:]
			continue
		}
		tmpl = rest
		if num >= 0 {
			if 2*num+1 < len(m) && m[2*num] >= 0 {
				dst = append(dst, src[m[2*num]:m[2*num+1]]...)
			}
			continue
		}
		for k, n := range re.names {
			if n == name && 2*k+1 < len(m) && m[2*k] >= 0 {
				dst = append(dst, src[m[2*k]:m[2*k+1]]...)
				break
			}
		}
	}
	return append(dst, tmpl...)
}

// refName reads "$name" or "${name}" at the start of s; num is the group
// number when the name is all digits, else -1.
func refName(s string) (name string, num int, rest string, ok bool) {
	if len(s) < 2 || s[0] != '$' {
		return
	}
	brace := s[1] == '{'
	i := 1
	if brace {
		i = 2
	}
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !(r == '_' || isAlnumRune(r) || r > utf8.RuneSelf && isLetterOrDigit(r)) {
			break
		}
		j += w
	}
	if j == i {
		return
	}
	name = s[i:j]
	if brace {
		if j >= len(s) || s[j] != '}' {
			return
		}
		j++
	}
	num = -1
	n := 0
	for k := 0; k < len(name); k++ {
		if name[k] < '0' || name[k] > '9' || n >= 1e8 {
			n = -1
			break
		}
		n = n*10 + int(name[k]-'0')
	}
	if n >= 0 {
		num = n
	}
	return name, num, s[j:], true
}

// Split slices s around the matches; n limits the number of pieces
// (n < 0: all, n == 0: nil).
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
