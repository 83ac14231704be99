package regexp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is a syntax error in a regular expression, worded as Go's
// regexp/syntax words it: "error parsing regexp: CODE: `EXPR`".
type Error struct {
	Code string
	Expr string
}

func (e *Error) Error() string { return "error parsing regexp: " + e.Code + ": `" + e.Expr + "`" }

const (
	errInternal          = "regexp/syntax: internal error"
	errInvalidCharClass  = "invalid character class"
	errInvalidCharRange  = "invalid character class range"
	errInvalidEscape     = "invalid escape sequence"
	errInvalidNamedCap   = "invalid named capture"
	errInvalidPerlOp     = "invalid or unsupported Perl syntax"
	errInvalidRepeatOp   = "invalid nested repetition operator"
	errInvalidRepeat     = "invalid repeat count"
	errInvalidUTF8       = "invalid UTF-8"
	errMissingBracket    = "missing closing ]"
	errMissingParen      = "missing closing )"
	errMissingRepeatArg  = "missing argument to repetition operator"
	errTrailingBackslash = "trailing backslash at end of expression"
	errUnexpectedParen   = "unexpected )"
	errNestingDepth      = "expression nests too deeply"
	errLarge             = "expression too large"
)

type nodeKind uint8

const (
	kEmpty nodeKind = iota
	kLit
	kClass
	kAnyChar
	kAnyNotNL
	kAssert
	kCapture
	kConcat
	kAlt
	kRepeat
)

// Assertions (zero-width).
const (
	aBeginLine = iota
	aEndLine
	aBeginText
	aEndText
	aWordBoundary
	aNoWordBoundary
)

// A class is a union of rune ranges, Unicode tables and complemented
// tables, possibly complemented as a whole.
type class struct {
	ranges    []rune // lo, hi pairs
	tables    []*unicode.RangeTable
	notTables []*unicode.RangeTable
	neg       bool
}

type node struct {
	kind     nodeKind
	r        rune   // kLit
	fold     bool   // kLit, kClass: case-insensitive
	cls      *class // kClass
	assert   int    // kAssert
	cap      int    // kCapture: group number
	min, max int    // kRepeat; max -1 is unbounded
	greedy   bool   // kRepeat
	sub      []*node
}

const (
	flagFold = 1 << iota
	flagMultiLine
	flagDotNL
	flagUngreedy
)

const maxRepeat = 1000

type parser struct {
	whole string // the expression, for errors
	s     string // what is left
	flags int
	ncap  int
	names []string // by group number; names[0] = ""
	depth int
}

func parseRegexp(expr string) (*node, int, []string, error) {
	p := &parser{whole: expr, s: expr, names: []string{""}}
	n, err := p.alternation()
	if err != nil {
		return nil, 0, nil, err
	}
	if p.s != "" { // only a ')' stops the top level
		return nil, 0, nil, &Error{errUnexpectedParen, expr}
	}
	return n, p.ncap, p.names, nil
}

func (p *parser) alternation() (*node, error) {
	var alts []*node
	for {
		c, err := p.concatenation()
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if p.s == "" || p.s[0] != '|' {
			break
		}
		p.s = p.s[1:]
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return factor(alts), nil
}

// factor pulls the literal runes all alternatives begin with out in front,
// as Go's parser does ("ab|ac" is "a(?:b|c)"): the match is the same, and
// LiteralPrefix sees the common prefix.
func factor(alts []*node) *node {
	var common []*node
	for {
		first := leadingLit(alts[0])
		if first == nil {
			break
		}
		for _, a := range alts[1:] {
			if l := leadingLit(a); l == nil || l.r != first.r || l.fold != first.fold {
				first = nil
				break
			}
		}
		if first == nil {
			break
		}
		common = append(common, first)
		for i, a := range alts {
			alts[i] = dropLeading(a)
		}
	}
	alt := &node{kind: kAlt, sub: alts}
	if len(common) == 0 {
		return alt
	}
	return &node{kind: kConcat, sub: append(common, alt)}
}

func leadingLit(n *node) *node {
	switch n.kind {
	case kLit:
		return n
	case kConcat:
		if n.sub[0].kind == kLit {
			return n.sub[0]
		}
	}
	return nil
}

func dropLeading(n *node) *node {
	if n.kind == kLit {
		return &node{kind: kEmpty}
	}
	switch len(n.sub) {
	case 2:
		return n.sub[1]
	}
	return &node{kind: kConcat, sub: n.sub[1:]}
}

func (p *parser) concatenation() (*node, error) {
	var items []*node
	lastRepeat := "" // the text from the last repetition operator on
	for p.s != "" && p.s[0] != '|' && p.s[0] != ')' {
		before := p.s
		switch c := p.s[0]; c {
		case '*', '+', '?', '{':
			min, max, rest, ok := 0, 0, p.s[1:], true
			switch c {
			case '*':
				min, max = 0, -1
			case '+':
				min, max = 1, -1
			case '?':
				min, max = 0, 1
			case '{':
				min, max, rest, ok = parseCount(p.s)
			}
			if !ok { // not a repetition: a literal '{'
				p.s = p.s[1:]
				items = append(items, p.literal('{'))
				lastRepeat = ""
				continue
			}
			if c == '{' && (min > maxRepeat || max > maxRepeat || max >= 0 && min > max) {
				return nil, &Error{errInvalidRepeat, before[:len(before)-len(rest)]}
			}
			greedy := true
			if rest != "" && rest[0] == '?' {
				rest = rest[1:]
				greedy = false
			}
			if p.flags&flagUngreedy != 0 {
				greedy = !greedy
			}
			op := before[:len(before)-len(rest)]
			if lastRepeat != "" {
				return nil, &Error{errInvalidRepeatOp, lastRepeat[:len(lastRepeat)-len(rest)]}
			}
			if len(items) == 0 {
				return nil, &Error{errMissingRepeatArg, op}
			}
			p.s = rest
			last := items[len(items)-1]
			items[len(items)-1] = &node{kind: kRepeat, min: min, max: max, greedy: greedy, sub: []*node{last}}
			lastRepeat = before
			continue
		}
		lastRepeat = ""
		if strings.HasPrefix(p.s, `\Q`) {
			// \Q...\E: each rune is its own literal (a repetition after \E
			// applies to the last one only).
			lit := p.s[2:]
			if i := strings.Index(lit, `\E`); i >= 0 {
				p.s = lit[i+2:]
				lit = lit[:i]
			} else {
				p.s = ""
			}
			for _, r := range lit {
				items = append(items, p.literal(r))
			}
			continue
		}
		n, err := p.atom()
		if err != nil {
			return nil, err
		}
		if n != nil {
			items = append(items, n)
		}
	}
	switch len(items) {
	case 0:
		return &node{kind: kEmpty}, nil
	case 1:
		return items[0], nil
	}
	return &node{kind: kConcat, sub: items}, nil
}

// parseCount reads "{n}", "{n,}" or "{n,m}" at the start of s.
func parseCount(s string) (min, max int, rest string, ok bool) {
	t := s[1:]
	min, t, ok = parseInt(t)
	if !ok || t == "" {
		return 0, 0, s, false
	}
	max = min
	if t[0] == ',' {
		t = t[1:]
		if t != "" && t[0] == '}' {
			max = -1
		} else if max, t, ok = parseInt(t); !ok {
			return 0, 0, s, false
		}
	}
	if t == "" || t[0] != '}' {
		return 0, 0, s, false
	}
	return min, max, t[1:], true
}

// parseInt reads a decimal number (no leading zeros but "0"); values past
// the repeat limit saturate so they are reported as invalid counts.
func parseInt(s string) (int, string, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, s, false
	}
	if len(s) >= 2 && s[0] == '0' && '0' <= s[1] && s[1] <= '9' {
		return 0, s, false
	}
	n := 0
	for s != "" && '0' <= s[0] && s[0] <= '9' {
		if n < 1e8 {
			n = n*10 + int(s[0]-'0')
		}
		s = s[1:]
	}
	return n, s, true
}

func (p *parser) literal(r rune) *node {
	return &node{kind: kLit, r: r, fold: p.flags&flagFold != 0 && hasFold(r)}
}

func hasFold(r rune) bool { return unicode.SimpleFold(r) != r }

func (p *parser) nextRune() (rune, error) {
	r, w := utf8.DecodeRuneInString(p.s)
	if r == utf8.RuneError && w == 1 {
		return 0, &Error{errInvalidUTF8, p.s}
	}
	p.s = p.s[w:]
	return r, nil
}

func (p *parser) atom() (*node, error) {
	switch p.s[0] {
	case '(':
		return p.group()
	case '[':
		return p.bracket()
	case '.':
		p.s = p.s[1:]
		if p.flags&flagDotNL != 0 {
			return &node{kind: kAnyChar}, nil
		}
		return &node{kind: kAnyNotNL}, nil
	case '^':
		p.s = p.s[1:]
		if p.flags&flagMultiLine != 0 {
			return &node{kind: kAssert, assert: aBeginLine}, nil
		}
		return &node{kind: kAssert, assert: aBeginText}, nil
	case '$':
		p.s = p.s[1:]
		if p.flags&flagMultiLine != 0 {
			return &node{kind: kAssert, assert: aEndLine}, nil
		}
		return &node{kind: kAssert, assert: aEndText}, nil
	case '\\':
		return p.escapeAtom()
	}
	r, err := p.nextRune()
	if err != nil {
		return nil, err
	}
	return p.literal(r), nil
}

func (p *parser) group() (*node, error) {
	start := p.s
	p.s = p.s[1:]
	p.depth++
	if p.depth > 1000 {
		return nil, &Error{errNestingDepth, p.whole}
	}
	defer func() { p.depth-- }()
	saved := p.flags
	capIndex := -1
	if strings.HasPrefix(p.s, "?P<") || strings.HasPrefix(p.s, "?<") {
		open := strings.IndexByte(p.s, '<')
		end := strings.IndexByte(p.s, '>')
		if end < 0 {
			if err := checkUTF8(start); err != nil {
				return nil, err
			}
			return nil, &Error{errInvalidNamedCap, start}
		}
		name := p.s[open+1 : end]
		capText := start[:1+end+1]
		if !validCaptureName(name) {
			return nil, &Error{errInvalidNamedCap, capText}
		}
		p.ncap++
		capIndex = p.ncap
		p.names = append(p.names, name)
		p.s = p.s[end+1:]
	} else if strings.HasPrefix(p.s, "?") {
		// Flags: (?flags) for the rest of the group, (?flags:re) for re.
		t := p.s[1:]
		flags := p.flags
		neg, sawFlag := false, false
	flagLoop:
		for {
			if t == "" {
				return nil, &Error{errInvalidPerlOp, start[:len(start)-len(t)]}
			}
			c := t[0]
			t = t[1:]
			switch c {
			case 'i', 'm', 's', 'U':
				bit := map[byte]int{'i': flagFold, 'm': flagMultiLine, 's': flagDotNL, 'U': flagUngreedy}[c]
				if neg {
					flags &^= bit
				} else {
					flags |= bit
				}
				sawFlag = true
			case '-':
				if neg {
					break flagLoop
				}
				neg, sawFlag = true, false
			case ':', ')':
				if neg && !sawFlag {
					break flagLoop
				}
				p.s = t
				if c == ')' {
					p.flags = flags // until the enclosing group ends
					return nil, nil
				}
				p.flags = flags
				n, err := p.groupBody(start)
				p.flags = saved
				return n, err
			default:
				break flagLoop
			}
		}
		return nil, &Error{errInvalidPerlOp, start[:len(start)-len(t)]}
	} else {
		p.ncap++
		capIndex = p.ncap
		p.names = append(p.names, "")
	}
	n, err := p.groupBody(start)
	p.flags = saved
	if err != nil {
		return nil, err
	}
	return &node{kind: kCapture, cap: capIndex, sub: []*node{n}}, nil
}

func (p *parser) groupBody(start string) (*node, error) {
	n, err := p.alternation()
	if err != nil {
		return nil, err
	}
	if p.s == "" {
		return nil, &Error{errMissingParen, p.whole}
	}
	p.s = p.s[1:] // ')'
	return n, nil
}

func checkUTF8(s string) error {
	if !utf8.ValidString(s) {
		return &Error{errInvalidUTF8, s}
	}
	return nil
}

func validCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isAlnumRune(c) {
			return false
		}
	}
	return true
}

func isAlnumRune(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

// The Perl classes (ASCII only, as in RE2).
var perlRanges = map[byte][]rune{
	'd': {'0', '9'},
	's': {'\t', '\n', '\f', '\r', ' ', ' '},
	'w': {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
}

var posixRanges = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', 'a', 'z', '_', '_'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// negateRanges complements sorted, non-overlapping ranges.
func negateRanges(rs []rune) []rune {
	rs = sortRanges(rs)
	var out []rune
	next := rune(0)
	for i := 0; i < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		if rs[i+1]+1 > next {
			next = rs[i+1] + 1
		}
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

func sortRanges(rs []rune) []rune {
	out := append([]rune(nil), rs...)
	for i := 2; i < len(out); i += 2 {
		for j := i; j >= 2 && out[j] < out[j-2]; j -= 2 {
			out[j], out[j-2] = out[j-2], out[j]
			out[j+1], out[j-1] = out[j-1], out[j+1]
		}
	}
	return out
}

func (p *parser) escapeAtom() (*node, error) {
	if len(p.s) >= 2 {
		switch c := p.s[1]; c {
		case 'A':
			p.s = p.s[2:]
			return &node{kind: kAssert, assert: aBeginText}, nil
		case 'z':
			p.s = p.s[2:]
			return &node{kind: kAssert, assert: aEndText}, nil
		case 'b':
			p.s = p.s[2:]
			return &node{kind: kAssert, assert: aWordBoundary}, nil
		case 'B':
			p.s = p.s[2:]
			return &node{kind: kAssert, assert: aNoWordBoundary}, nil
		case 'd', 'D', 's', 'S', 'w', 'W', 'p', 'P':
			cls := new(class)
			if err := p.classEscape(cls); err != nil {
				return nil, err
			}
			return &node{kind: kClass, cls: cls, fold: p.flags&flagFold != 0}, nil
		}
	}
	r, err := p.escapeRune()
	if err != nil {
		return nil, err
	}
	return p.literal(r), nil
}

// classEscape adds \d, \D, \s, ..., \pX, \p{Name}, \PX to cls.
func (p *parser) classEscape(cls *class) error {
	c := p.s[1]
	switch c {
	case 'd', 's', 'w':
		cls.ranges = append(cls.ranges, perlRanges[c]...)
		p.s = p.s[2:]
		return nil
	case 'D', 'S', 'W':
		cls.ranges = append(cls.ranges, negateRanges(perlRanges[c+'a'-'A'])...)
		p.s = p.s[2:]
		return nil
	}
	// \pN or \p{Name}; \P and {^Name} complement.
	start := p.s
	neg := c == 'P'
	t := p.s[2:]
	var seq, name string
	if t == "" {
		return &Error{errInvalidEscape, start}
	}
	if t[0] != '{' {
		r, w := utf8.DecodeRuneInString(t)
		if r == utf8.RuneError && w == 1 {
			return &Error{errInvalidUTF8, t}
		}
		seq, name, t = start[:2+w], t[:w], t[w:]
	} else {
		end := strings.IndexByte(start, '}')
		if end < 0 {
			if err := checkUTF8(start); err != nil {
				return err
			}
			return &Error{errInvalidCharRange, start}
		}
		seq, name, t = start[:end+1], start[3:end], start[end+1:]
		if err := checkUTF8(name); err != nil {
			return err
		}
	}
	if name != "" && name[0] == '^' {
		neg = !neg
		name = name[1:]
	}
	name = canonicalName(name)
	var tab *unicode.RangeTable
	switch name {
	case "Any":
		cls.addRanges([]rune{0, unicode.MaxRune}, neg)
	case "Ascii":
		cls.addRanges([]rune{0, 0x7f}, neg)
	case "Assigned":
		tab, neg = unicode.Cn, !neg
	default:
		if tab = unicodeTable(name); tab == nil {
			return &Error{errInvalidCharRange, seq}
		}
	}
	if tab != nil {
		if neg {
			cls.notTables = append(cls.notTables, tab)
		} else {
			cls.tables = append(cls.tables, tab)
		}
	}
	p.s = t
	return nil
}

func (c *class) addRanges(rs []rune, neg bool) {
	if neg {
		rs = negateRanges(rs)
	}
	c.ranges = append(c.ranges, rs...)
}

// canonicalName spells a \p name loosely: no '_', '-' or ' ', first letter
// upper case and the rest lower case ("greek", "GREEK" and "Greek" agree).
func canonicalName(name string) string {
	var b []byte
	first := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c == '-' || c == ' ':
			continue
		case first:
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			first = false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// escapeRune reads an escape standing for one rune: \a \f \t \n \r \v,
// octal \0, \012, hexadecimal \x41, \x{263a}, and escaped punctuation.
func (p *parser) escapeRune() (rune, error) {
	start := p.s
	t := p.s[1:]
	if t == "" {
		return 0, &Error{errTrailingBackslash, ""}
	}
	c, w := utf8.DecodeRuneInString(t)
	if c == utf8.RuneError && w == 1 {
		return 0, &Error{errInvalidUTF8, t}
	}
	t = t[w:]
	bad := func() (rune, error) { return 0, &Error{errInvalidEscape, start[:len(start)-len(t)]} }
	switch {
	case c == '0' || '1' <= c && c <= '7' && t != "" && '0' <= t[0] && t[0] <= '7':
		// Octal: up to three digits; \1-\7 alone would be backreferences.
		r := c - '0'
		for i := 1; i < 3 && t != "" && '0' <= t[0] && t[0] <= '7'; i++ {
			r = r*8 + rune(t[0]-'0')
			t = t[1:]
		}
		p.s = t
		return r, nil
	case c == 'x':
		// \xHH or \x{H...}; the runes read so far make up the error text.
		next := func() rune {
			r, w := utf8.DecodeRuneInString(t)
			t = t[w:]
			return r
		}
		if t == "" {
			return bad()
		}
		if h := next(); h != '{' {
			x, y := hexVal(h), hexVal(next())
			if x < 0 || y < 0 {
				return bad()
			}
			p.s = t
			return x*16 + y, nil
		}
		r, digits := rune(0), 0
		for {
			if t == "" {
				return bad()
			}
			h := next()
			if h == '}' {
				break
			}
			v := hexVal(h)
			if v < 0 {
				return bad()
			}
			r = r*16 + v
			if r > unicode.MaxRune {
				return bad()
			}
			digits++
		}
		if digits == 0 {
			return bad()
		}
		p.s = t
		return r, nil
	case c == 'a':
		p.s = t
		return '\a', nil
	case c == 'f':
		p.s = t
		return '\f', nil
	case c == 'n':
		p.s = t
		return '\n', nil
	case c == 'r':
		p.s = t
		return '\r', nil
	case c == 't':
		p.s = t
		return '\t', nil
	case c == 'v':
		p.s = t
		return '\v', nil
	case c < utf8.RuneSelf && !isAlnumRune(c):
		p.s = t
		return c, nil
	}
	return bad()
}

// hexVal is the value of a hexadecimal digit, or -1.
func hexVal(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

// bracket parses a [...] class.
func (p *parser) bracket() (*node, error) {
	start := p.s
	t := p.s[1:]
	cls := new(class)
	if t != "" && t[0] == '^' {
		cls.neg = true
		t = t[1:]
	}
	first := true
	for t == "" || t[0] != ']' || first {
		if t == "" {
			return nil, &Error{errMissingBracket, start}
		}
		// POSIX [:alpha:] and [:^alpha:].
		if strings.HasPrefix(t, "[:") {
			if end := strings.Index(t[2:], ":]"); end >= 0 {
				name := t[2 : 2+end]
				neg := strings.HasPrefix(name, "^")
				rs, ok := posixRanges[strings.TrimPrefix(name, "^")]
				if !ok {
					return nil, &Error{errInvalidCharRange, t[:2+end+2]}
				}
				cls.addRanges(rs, neg)
				t = t[2+end+2:]
				first = false
				continue
			}
		}
		if len(t) >= 2 && t[0] == '\\' && strings.IndexByte("dDsSwWpP", t[1]) >= 0 {
			p.s = t
			if err := p.classEscape(cls); err != nil {
				return nil, err
			}
			t = p.s
			first = false
			continue
		}
		rangeStart := t
		lo, rest, err := p.classChar(t)
		if err != nil {
			return nil, err
		}
		t = rest
		hi := lo
		if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
			hi, rest, err = p.classChar(t[1:])
			if err != nil {
				return nil, err
			}
			t = rest
			if hi < lo {
				return nil, &Error{errInvalidCharRange, rangeStart[:len(rangeStart)-len(t)]}
			}
		}
		cls.ranges = append(cls.ranges, lo, hi)
		first = false
	}
	p.s = t[1:]
	return &node{kind: kClass, cls: cls, fold: p.flags&flagFold != 0}, nil
}

// classChar reads one possibly escaped rune inside a class.
func (p *parser) classChar(t string) (rune, string, error) {
	if t == "" {
		return 0, t, &Error{errMissingBracket, p.s}
	}
	if t[0] == '\\' {
		saved := p.s
		p.s = t
		r, err := p.escapeRune()
		rest := p.s
		p.s = saved
		return r, rest, err
	}
	r, w := utf8.DecodeRuneInString(t)
	if r == utf8.RuneError && w == 1 {
		return 0, t, &Error{errInvalidUTF8, t}
	}
	return r, t[w:], nil
}
