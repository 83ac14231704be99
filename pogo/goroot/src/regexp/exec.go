package regexp

import (
	"unicode"
	"unicode/utf8"
)

// The program a regexp compiles to, run by a backtracking matcher that
// remembers which (instruction, position) pairs already failed, so a search
// costs at most instructions × input length steps. Alternatives are tried in
// priority order, which gives Perl's leftmost-first matches, as Go does.
type opcode uint8

const (
	opRune opcode = iota // match one rune against n
	opAny
	opAnyNotNL
	opSplit // try x, then y
	opJmp
	opSave // record the position in slot x
	opAssert
	opMatch
)

type inst struct {
	op   opcode
	x, y int
	n    *node  // opRune
	fold []rune // opRune of a literal: the other cases of n.r
}

type compiler struct {
	prog []inst
}

func (c *compiler) emit(i inst) int {
	c.prog = append(c.prog, i)
	return len(c.prog) - 1
}

func nullable(n *node) bool {
	switch n.kind {
	case kEmpty, kAssert:
		return true
	case kCapture:
		return nullable(n.sub[0])
	case kConcat:
		for _, s := range n.sub {
			if !nullable(s) {
				return false
			}
		}
		return true
	case kAlt:
		for _, s := range n.sub {
			if nullable(s) {
				return true
			}
		}
		return false
	case kRepeat:
		return n.min == 0 || nullable(n.sub[0])
	}
	return false
}

func (c *compiler) compile(n *node) {
	switch n.kind {
	case kEmpty:
	case kLit:
		i := inst{op: opRune, n: n}
		if n.fold {
			for f := unicode.SimpleFold(n.r); f != n.r; f = unicode.SimpleFold(f) {
				i.fold = append(i.fold, f)
			}
		}
		c.emit(i)
	case kClass:
		c.emit(inst{op: opRune, n: n})
	case kAnyChar:
		c.emit(inst{op: opAny})
	case kAnyNotNL:
		c.emit(inst{op: opAnyNotNL})
	case kAssert:
		c.emit(inst{op: opAssert, x: n.assert})
	case kCapture:
		c.emit(inst{op: opSave, x: 2 * n.cap})
		c.compile(n.sub[0])
		c.emit(inst{op: opSave, x: 2*n.cap + 1})
	case kConcat:
		for _, s := range n.sub {
			c.compile(s)
		}
	case kAlt:
		var jumps []int
		for k, s := range n.sub {
			if k == len(n.sub)-1 {
				c.compile(s)
				break
			}
			split := c.emit(inst{op: opSplit})
			c.prog[split].x = len(c.prog)
			c.compile(s)
			jumps = append(jumps, c.emit(inst{op: opJmp}))
			c.prog[split].y = len(c.prog)
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case kRepeat:
		c.repeat(n)
	}
}

// split emits a split preferring "here+1" when greedy, else the exit; the
// exit target is patched by the caller.
func (c *compiler) split(greedy bool) int {
	return c.emit(inst{op: opSplit})
}

func (c *compiler) patchSplit(at, body, exit int, greedy bool) {
	if greedy {
		c.prog[at].x, c.prog[at].y = body, exit
	} else {
		c.prog[at].x, c.prog[at].y = exit, body
	}
}

func (c *compiler) quest(sub func(), greedy bool) {
	s := c.split(greedy)
	sub()
	c.patchSplit(s, s+1, len(c.prog), greedy)
}

func (c *compiler) plus(sub func(), greedy bool) {
	top := len(c.prog)
	sub()
	s := c.split(greedy)
	c.patchSplit(s, top, s+1, greedy)
}

func (c *compiler) star(body *node, greedy bool) {
	if nullable(body) {
		// (x+)? keeps the priority order right when x can match empty.
		c.quest(func() { c.plus(func() { c.compile(body) }, greedy) }, greedy)
		return
	}
	s := c.split(greedy)
	c.compile(body)
	j := c.emit(inst{op: opJmp, x: s})
	c.patchSplit(s, s+1, j+1, greedy)
}

func (c *compiler) repeat(n *node) {
	body, g := n.sub[0], n.greedy
	min, max := n.min, n.max
	switch {
	case min == 0 && max == -1:
		c.star(body, g)
	case max == -1:
		for i := 0; i < min-1; i++ {
			c.compile(body)
		}
		c.plus(func() { c.compile(body) }, g)
	default:
		for i := 0; i < min; i++ {
			c.compile(body)
		}
		// x{n,m}: the optional copies nest, (x(x)?)?
		var opt func(k int)
		opt = func(k int) {
			if k == 0 {
				return
			}
			c.quest(func() {
				c.compile(body)
				opt(k - 1)
			}, g)
		}
		opt(max - min)
	}
}

func (cl *class) contains(r rune) bool {
	in := false
	for i := 0; i+1 < len(cl.ranges); i += 2 {
		if cl.ranges[i] <= r && r <= cl.ranges[i+1] {
			in = true
			break
		}
	}
	if !in {
		for _, t := range cl.tables {
			if unicode.Is(t, r) {
				in = true
				break
			}
		}
	}
	if !in {
		for _, t := range cl.notTables {
			if !unicode.Is(t, r) {
				in = true
				break
			}
		}
	}
	return in
}

func (i *inst) matchRune(r rune) bool {
	n := i.n
	if n.kind == kLit {
		if r == n.r {
			return true
		}
		for _, f := range i.fold {
			if r == f {
				return true
			}
		}
		return false
	}
	in := n.cls.contains(r)
	if !in && n.fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if n.cls.contains(f) {
				in = true
				break
			}
		}
	}
	return in != n.cls.neg
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

func assertHolds(kind int, s string, pos int) bool {
	switch kind {
	case aBeginText:
		return pos == 0
	case aEndText:
		return pos == len(s)
	case aBeginLine:
		return pos == 0 || s[pos-1] == '\n'
	case aEndLine:
		return pos == len(s) || s[pos] == '\n'
	}
	before := pos > 0 && isWordByte(s[pos-1])
	after := pos < len(s) && isWordByte(s[pos])
	if kind == aWordBoundary {
		return before != after
	}
	return before == after
}

type job struct {
	pc, pos int
	restore bool // undo a capture: slot pc gets back pos
}

// matcher holds the buffers of one search; reused across the searches of
// one FindAll or ReplaceAll. visited has a bit per (instruction, position)
// of the whole input; dirty lists the words set since the last search, so
// clearing costs what the search cost, not the input's length.
type matcher struct {
	prog    []inst
	ncap    int
	visited []uint32
	dirty   []int32
	cols    int
	caps    []int
	stack   []job
	longest bool  // leftmost-longest: keep searching for a later end
	best    []int // longest: the slots of the longest match so far
}

func (m *matcher) seen(pc, pos int) bool {
	k := pc*m.cols + pos
	w, b := k/32, uint32(1)<<(k%32)
	if m.visited[w]&b != 0 {
		return true
	}
	if m.visited[w] == 0 {
		m.dirty = append(m.dirty, int32(w))
	}
	m.visited[w] |= b
	return false
}

// search finds the leftmost-first match in s starting at or after pos and
// returns its capture slots, or nil.
func (m *matcher) search(s string, pos int, anchored bool) []int {
	if m.cols != len(s)+1 || m.visited == nil {
		m.cols = len(s) + 1
		m.visited = make([]uint32, (len(m.prog)*m.cols+31)/32)
		m.dirty = m.dirty[:0]
	}
	for _, w := range m.dirty {
		m.visited[w] = 0
	}
	m.dirty = m.dirty[:0]
	nslots := 2 * (m.ncap + 1)
	if len(m.caps) != nslots {
		m.caps = make([]int, nslots)
	}
	for start := pos; start <= len(s); {
		for i := range m.caps {
			m.caps[i] = -1
		}
		if m.try(s, start) {
			out := make([]int, nslots)
			copy(out, m.caps)
			return out
		}
		if anchored || start == len(s) {
			break
		}
		_, w := utf8.DecodeRuneInString(s[start:])
		start += w
	}
	return nil
}

func (m *matcher) try(s string, start int) bool {
	found := false
	m.stack = append(m.stack[:0], job{0, start, false})
	for len(m.stack) > 0 {
		j := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		if j.restore {
			m.caps[j.pc] = j.pos
			continue
		}
		pc, p := j.pc, j.pos
	thread:
		for {
			if m.seen(pc, p) {
				break
			}
			in := &m.prog[pc]
			switch in.op {
			case opRune, opAny, opAnyNotNL:
				if p >= len(s) {
					break thread
				}
				r, w := utf8.DecodeRuneInString(s[p:])
				switch in.op {
				case opAnyNotNL:
					if r == '\n' {
						break thread
					}
				case opRune:
					if !in.matchRune(r) {
						break thread
					}
				}
				p += w
				pc++
			case opSplit:
				m.stack = append(m.stack, job{in.y, p, false})
				pc = in.x
			case opJmp:
				pc = in.x
			case opSave:
				if in.x < len(m.caps) {
					m.stack = append(m.stack, job{in.x, m.caps[in.x], true})
					m.caps[in.x] = p
				}
				pc++
			case opAssert:
				if !assertHolds(in.x, s, p) {
					break thread
				}
				pc++
			case opMatch:
				m.caps[0], m.caps[1] = start, p
				if !m.longest {
					return true
				}
				// The first path (in priority order) to reach a longer end wins.
				if !found || p > m.best[1] {
					m.best = append(m.best[:0], m.caps...)
					found = true
				}
				break thread
			}
		}
	}
	if found {
		copy(m.caps, m.best)
	}
	return found
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
