package regexp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// node kinds of the parsed expression tree.
const (
	nEmpty     = iota
	nLit       // one rune
	nClass     // a character class
	nAnyNotNL  // . without s
	nAny       // . with s
	nBeginLine // ^ with m
	nEndLine   // $ with m
	nBeginText // ^ or \A
	nEndText   // $ or \z
	nWordB     // \b
	nNoWordB   // \B
	nCapture   // (…)
	nConcat
	nAlt
	nRepeat // sub{min,max}; max -1 is unbounded
)

// node is one piece of the expression tree.
type node struct {
	kind     int
	r        rune
	fold     bool
	cls      *charClass
	subs     []*node
	min, max int
	greedy   bool
	capIndex int
	name     string
}

// charClass matches a rune by ranges and Unicode tables, optionally
// negated and case-folded.
type charClass struct {
	ranges    []rune // lo, hi pairs
	tables    []*unicode.RangeTable
	notTables []*unicode.RangeTable
	negate    bool
	fold      bool
}

func (c *charClass) has(r rune) bool {
	for i := 0; i < len(c.ranges); i += 2 {
		if c.ranges[i] <= r && r <= c.ranges[i+1] {
			return true
		}
	}
	for _, t := range c.tables {
		if unicode.Is(t, r) {
			return true
		}
	}
	for _, t := range c.notTables {
		if !unicode.Is(t, r) {
			return true
		}
	}
	return false
}

func (c *charClass) matches(r rune) bool {
	in := c.has(r)
	if !in && c.fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if c.has(f) {
				in = true
				break
			}
		}
	}
	return in != c.negate
}

// Error describes a failure to parse a regular expression.
type Error struct {
	Code string
	Expr string
}

func (e *Error) Error() string { return "error parsing regexp: " + e.Code + ": `" + e.Expr + "`" }

const (
	errMissingParen    = "missing closing )"
	errUnexpectedParen = "unexpected )"
	errMissingRepeat   = "missing argument to repetition operator"
	errNestedRepeat    = "invalid nested repetition operator"
	errRepeatSize      = "invalid repeat count"
	errMissingBracket  = "missing closing ]"
	errClassRange      = "invalid character class range"
	errEscape          = "invalid escape sequence"
	errTrailingSlash   = "trailing backslash at end of expression"
	errNamedCapture    = "invalid named capture"
	errPerlOp          = "invalid or unsupported Perl syntax"
	errUTF8            = "invalid UTF-8"
)

type flags struct {
	fold, multi, dotNL, ungreedy bool
}

// parser is a recursive-descent parser over the expression text.
type parser struct {
	src   string
	pos   int
	ncap  int
	names []string // names[i] is capture i's name ("" when unnamed); names[0] is the whole match
	err   *Error
}

func parse(expr string) (*node, []string, *Error) {
	if !utf8.ValidString(expr) {
		return nil, nil, &Error{errUTF8, expr}
	}
	p := &parser{src: expr, names: []string{""}}
	n := p.alternation(flags{}, 0)
	if p.err != nil {
		return nil, nil, p.err
	}
	if p.pos < len(p.src) {
		return nil, nil, &Error{errUnexpectedParen, expr}
	}
	return n, p.names, nil
}

func (p *parser) fail(code, frag string) {
	if p.err == nil {
		p.err = &Error{code, frag}
	}
	p.pos = len(p.src)
}

// alternation parses a|b|… up to a ')' or the end; depth counts open groups.
func (p *parser) alternation(f flags, depth int) *node {
	var alts []*node
	for {
		alts = append(alts, p.concat(&f, depth))
		if p.err != nil {
			return nil
		}
		if p.pos < len(p.src) && p.src[p.pos] == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return &node{kind: nAlt, subs: alts}
}

// concat parses a sequence of repeated atoms; flag groups like (?i) change f
// for the rest of the enclosing group.
func (p *parser) concat(f *flags, depth int) *node {
	var items []*node
	lastRepeat := -1 // start of the previous repetition operator, when the last item was one
	for p.pos < len(p.src) && p.err == nil {
		c := p.src[p.pos]
		if c == '|' {
			break
		}
		if c == ')' {
			if depth == 0 {
				p.fail(errUnexpectedParen, p.src)
				return nil
			}
			break
		}
		start := p.pos
		if c == '*' || c == '+' || c == '?' || c == '{' {
			min, max, ok := 0, 0, true
			switch c {
			case '*':
				min, max = 0, -1
				p.pos++
			case '+':
				min, max = 1, -1
				p.pos++
			case '?':
				min, max = 0, 1
				p.pos++
			case '{':
				min, max, ok = p.repeatCount()
			}
			if ok {
				greedy := true
				if p.pos < len(p.src) && p.src[p.pos] == '?' {
					greedy = false
					p.pos++
				}
				if f.ungreedy {
					greedy = !greedy
				}
				op := p.src[start:p.pos]
				if lastRepeat >= 0 {
					p.fail(errNestedRepeat, p.src[lastRepeat:p.pos])
					return nil
				}
				if len(items) == 0 {
					p.fail(errMissingRepeat, op)
					return nil
				}
				if min > 1000 || max > 1000 || max >= 0 && min > max {
					p.fail(errRepeatSize, op)
					return nil
				}
				last := items[len(items)-1]
				items[len(items)-1] = &node{kind: nRepeat, subs: []*node{last}, min: min, max: max, greedy: greedy}
				lastRepeat = start
				continue
			}
			// a '{' that is not a repetition is a literal
			p.pos = start
		}
		lastRepeat = -1
		atom := p.atom(f, depth)
		if p.err != nil {
			return nil
		}
		if atom != nil {
			items = append(items, atom)
		}
	}
	switch len(items) {
	case 0:
		return &node{kind: nEmpty}
	case 1:
		return items[0]
	}
	return &node{kind: nConcat, subs: items}
}

// repeatCount parses {n}, {n,} or {n,m} at p.pos; ok is false (and p.pos
// unchanged) when the brace does not start one.
func (p *parser) repeatCount() (min, max int, ok bool) {
	i := p.pos + 1
	num := func() (int, bool) {
		j := i
		for i < len(p.src) && '0' <= p.src[i] && p.src[i] <= '9' {
			i++
		}
		if i == j {
			return 0, false
		}
		s := p.src[j:i]
		if len(s) > 8 {
			return 100000, true
		}
		v, _ := strconv.Atoi(s)
		return v, true
	}
	min, ok = num()
	if !ok || i >= len(p.src) {
		return 0, 0, false
	}
	max = min
	if p.src[i] == ',' {
		i++
		if i < len(p.src) && p.src[i] == '}' {
			max = -1
		} else if max, ok = num(); !ok {
			return 0, 0, false
		}
	}
	if i >= len(p.src) || p.src[i] != '}' {
		return 0, 0, false
	}
	p.pos = i + 1
	return min, max, true
}

func (p *parser) lit(r rune, f *flags) *node {
	fold := false
	if f.fold && unicode.SimpleFold(r) != r {
		fold = true
	}
	return &node{kind: nLit, r: r, fold: fold}
}

// atom parses one atom; it returns nil for a flag-only group like (?i).
func (p *parser) atom(f *flags, depth int) *node {
	c := p.src[p.pos]
	switch c {
	case '(':
		return p.group(f, depth)
	case '[':
		return p.class(f)
	case '.':
		p.pos++
		if f.dotNL {
			return &node{kind: nAny}
		}
		return &node{kind: nAnyNotNL}
	case '^':
		p.pos++
		if f.multi {
			return &node{kind: nBeginLine}
		}
		return &node{kind: nBeginText}
	case '$':
		p.pos++
		if f.multi {
			return &node{kind: nEndLine}
		}
		return &node{kind: nEndText}
	case '\\':
		return p.escapeAtom(f)
	}
	r, size := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += size
	return p.lit(r, f)
}

// group parses (…), (?:…), (?P<name>…), (?<name>…) and (?flags) / (?flags:…).
func (p *parser) group(f *flags, depth int) *node {
	start := p.pos
	p.pos++
	inner := *f
	capIndex := -1
	name := ""
	if strings.HasPrefix(p.src[p.pos:], "?P<") || strings.HasPrefix(p.src[p.pos:], "?<") {
		open := p.pos + 2
		if p.src[p.pos+1] == 'P' {
			open++
		}
		end := strings.IndexByte(p.src[open:], '>')
		if end < 0 {
			p.fail(errNamedCapture, p.src[start:])
			return nil
		}
		name = p.src[open : open+end]
		if !validName(name) {
			p.fail(errNamedCapture, p.src[start:open+end+1])
			return nil
		}
		p.pos = open + end + 1
		p.ncap++
		capIndex = p.ncap
		p.names = append(p.names, name)
	} else if strings.HasPrefix(p.src[p.pos:], "?") {
		i := p.pos + 1
		neg := false
		sawFlag := false
		for {
			if i >= len(p.src) {
				p.fail(errPerlOp, p.src[start:])
				return nil
			}
			ch := p.src[i]
			switch ch {
			case 'i', 'm', 's', 'U':
				v := !neg
				switch ch {
				case 'i':
					inner.fold = v
				case 'm':
					inner.multi = v
				case 's':
					inner.dotNL = v
				case 'U':
					inner.ungreedy = v
				}
				sawFlag = true
				i++
				continue
			case '-':
				if neg {
					p.fail(errPerlOp, p.src[start:i+1])
					return nil
				}
				neg = true
				sawFlag = false
				i++
				continue
			case ')', ':':
				if neg && !sawFlag || !sawFlag && ch == ')' {
					p.fail(errPerlOp, p.src[start:i+1])
					return nil
				}
				p.pos = i + 1
				if ch == ')' {
					*f = inner
					return nil
				}
			default:
				_, size := utf8.DecodeRuneInString(p.src[i:])
				p.fail(errPerlOp, p.src[start:i+size])
				return nil
			}
			break
		}
	} else {
		p.ncap++
		capIndex = p.ncap
		p.names = append(p.names, "")
	}
	body := p.alternation(inner, depth+1)
	if p.err != nil {
		return nil
	}
	if p.pos >= len(p.src) || p.src[p.pos] != ')' {
		p.fail(errMissingParen, p.src)
		return nil
	}
	p.pos++
	if capIndex < 0 {
		return body
	}
	return &node{kind: nCapture, subs: []*node{body}, capIndex: capIndex, name: name}
}

func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// escapeAtom parses a backslash escape outside a class.
func (p *parser) escapeAtom(f *flags) *node {
	start := p.pos
	if p.pos+1 >= len(p.src) {
		p.fail(errTrailingSlash, "")
		return nil
	}
	switch p.src[p.pos+1] {
	case 'A':
		p.pos += 2
		return &node{kind: nBeginText}
	case 'z':
		p.pos += 2
		return &node{kind: nEndText}
	case 'b':
		p.pos += 2
		return &node{kind: nWordB}
	case 'B':
		p.pos += 2
		return &node{kind: nNoWordB}
	case 'Q':
		p.pos += 2
		end := strings.Index(p.src[p.pos:], `\E`)
		lit := p.src[p.pos:]
		if end >= 0 {
			lit = p.src[p.pos : p.pos+end]
			p.pos += end + 2
		} else {
			p.pos = len(p.src)
		}
		var items []*node
		for _, r := range lit {
			items = append(items, p.lit(r, f))
		}
		switch len(items) {
		case 0:
			return &node{kind: nEmpty}
		case 1:
			return items[0]
		}
		return &node{kind: nConcat, subs: items}
	}
	cls := &charClass{}
	if p.classEscape(cls, f) {
		if p.err != nil {
			return nil
		}
		cls.fold = f.fold
		return &node{kind: nClass, cls: cls}
	}
	if p.err != nil {
		return nil
	}
	p.pos = start
	r := p.escapeRune()
	if p.err != nil {
		return nil
	}
	return p.lit(r, f)
}

// classEscape adds a Perl (\d \s \w and negations) or Unicode (\pX, \p{Name},
// \P…) class at p.pos to cls and reports whether there was one.
func (p *parser) classEscape(cls *charClass, f *flags) bool {
	if p.pos+1 >= len(p.src) {
		return false
	}
	c := p.src[p.pos+1]
	var rs []rune
	switch c {
	case 'd', 'D':
		rs = []rune{'0', '9'}
	case 's', 'S':
		rs = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	case 'w', 'W':
		rs = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
	case 'p', 'P':
		start := p.pos
		name := ""
		if p.pos+2 >= len(p.src) {
			p.fail(errEscape, p.src[start:])
			return true
		}
		if p.src[p.pos+2] == '{' {
			end := strings.IndexByte(p.src[p.pos:], '}')
			if end < 0 {
				p.fail(errClassRange, p.src[start:])
				return true
			}
			name = p.src[p.pos+3 : p.pos+end]
			p.pos += end + 1
		} else {
			_, size := utf8.DecodeRuneInString(p.src[p.pos+2:])
			name = p.src[p.pos+2 : p.pos+2+size]
			p.pos += 2 + size
		}
		neg := c == 'P'
		if strings.HasPrefix(name, "^") {
			neg = !neg
			name = name[1:]
		}
		t := unicodeTable(name)
		if t == nil {
			p.fail(errClassRange, p.src[start:p.pos])
			return true
		}
		if neg {
			cls.notTables = append(cls.notTables, t)
		} else {
			cls.tables = append(cls.tables, t)
		}
		return true
	default:
		return false
	}
	p.pos += 2
	if c >= 'A' && c <= 'Z' {
		rs = negateRanges(rs)
	}
	cls.ranges = append(cls.ranges, rs...)
	return true
}

// negateRanges returns the complement of sorted, disjoint ranges.
func negateRanges(rs []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		next = rs[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

// escapeRune parses a single-rune escape at p.pos: punctuation, \a \f \t \n
// \r \v, octal \123, \x7F and \x{10FFFF}.
func (p *parser) escapeRune() rune {
	start := p.pos
	p.pos++
	c, size := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += size
	switch {
	case c < utf8.RuneSelf && !isAlnum(byte(c)):
		return c
	case c == 'a':
		return '\a'
	case c == 'f':
		return '\f'
	case c == 't':
		return '\t'
	case c == 'n':
		return '\n'
	case c == 'r':
		return '\r'
	case c == 'v':
		return '\v'
	case '1' <= c && c <= '7' || c == '0':
		if c != '0' && (p.pos >= len(p.src) || p.src[p.pos] < '0' || p.src[p.pos] > '7') {
			break // backreferences are not supported: \1 alone is an error
		}
		v := c - '0'
		for i := 0; i < 2 && p.pos < len(p.src) && '0' <= p.src[p.pos] && p.src[p.pos] <= '7'; i++ {
			v = v*8 + rune(p.src[p.pos]-'0')
			p.pos++
		}
		return v
	case c == 'x':
		if p.pos < len(p.src) && p.src[p.pos] == '{' {
			end := strings.IndexByte(p.src[p.pos:], '}')
			if end < 0 {
				break
			}
			v, err := strconv.ParseUint(p.src[p.pos+1:p.pos+end], 16, 32)
			if err != nil || v > unicode.MaxRune {
				p.pos += end
				break
			}
			p.pos += end + 1
			return rune(v)
		}
		if p.pos+2 > len(p.src) {
			p.pos = len(p.src)
			break
		}
		v, err := strconv.ParseUint(p.src[p.pos:p.pos+2], 16, 8)
		p.pos += 2
		if err != nil {
			break
		}
		return rune(v)
	}
	p.fail(errEscape, p.src[start:p.pos])
	return 0
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

var posixClasses = map[string][]rune{
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
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// class parses a bracketed class [...].
func (p *parser) class(f *flags) *node {
	start := p.pos
	p.pos++
	cls := &charClass{fold: f.fold}
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		cls.negate = true
		p.pos++
	}
	first := true
	for {
		if p.pos >= len(p.src) {
			p.fail(errMissingBracket, p.src[start:])
			return nil
		}
		c := p.src[p.pos]
		if c == ']' && !first {
			p.pos++
			break
		}
		first = false
		if c == '[' && p.pos+1 < len(p.src) && p.src[p.pos+1] == ':' {
			end := strings.Index(p.src[p.pos+2:], ":]")
			if end >= 0 {
				name := p.src[p.pos+2 : p.pos+2+end]
				neg := strings.HasPrefix(name, "^")
				if neg {
					name = name[1:]
				}
				rs, ok := posixClasses[name]
				if !ok {
					p.fail(errClassRange, p.src[p.pos:p.pos+4+end])
					return nil
				}
				if neg {
					rs = negateRanges(rs)
				}
				cls.ranges = append(cls.ranges, rs...)
				p.pos += end + 4
				continue
			}
		}
		if c == '\\' && p.classEscape(cls, f) {
			if p.err != nil {
				return nil
			}
			continue
		}
		if p.err != nil {
			return nil
		}
		itemStart := p.pos
		lo := p.classRune()
		if p.err != nil {
			return nil
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			p.pos++
			hi = p.classRune()
			if p.err != nil {
				return nil
			}
			if hi < lo {
				p.fail(errClassRange, p.src[itemStart:p.pos])
				return nil
			}
		}
		cls.ranges = append(cls.ranges, lo, hi)
	}
	return &node{kind: nClass, cls: cls}
}

func (p *parser) classRune() rune {
	if p.pos >= len(p.src) {
		p.fail(errMissingBracket, p.src)
		return 0
	}
	if p.src[p.pos] == '\\' {
		if p.pos+1 >= len(p.src) {
			p.fail(errTrailingSlash, "")
			return 0
		}
		return p.escapeRune()
	}
	r, size := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += size
	return r
}
