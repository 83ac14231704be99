package regexp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// instruction opcodes of a compiled program.
const (
	opLit = iota
	opClass
	opAny
	opAnyNotNL
	opAssert // an empty-width assertion; arg is the node kind
	opSplit  // try x, then y
	opJmp
	opSave
	opMatch
)

type inst struct {
	op   int
	x, y int
	r    rune
	fold bool
	cls  *charClass
}

// compiler turns a node tree into a flat program.
type compiler struct {
	prog []inst
}

func (c *compiler) emit(i inst) int {
	c.prog = append(c.prog, i)
	return len(c.prog) - 1
}

func compile(n *node, ncap int) []inst {
	c := &compiler{}
	c.emit(inst{op: opSave, x: 0})
	c.gen(n)
	c.emit(inst{op: opSave, x: 1})
	c.emit(inst{op: opMatch})
	return c.prog
}

// split emits a split whose preferred branch is the next instruction when
// greedy; its targets are patched by the caller.
func (c *compiler) gen(n *node) {
	switch n.kind {
	case nEmpty:
	case nLit:
		c.emit(inst{op: opLit, r: n.r, fold: n.fold})
	case nClass:
		c.emit(inst{op: opClass, cls: n.cls})
	case nAny:
		c.emit(inst{op: opAny})
	case nAnyNotNL:
		c.emit(inst{op: opAnyNotNL})
	case nBeginLine, nEndLine, nBeginText, nEndText, nWordB, nNoWordB:
		c.emit(inst{op: opAssert, x: n.kind})
	case nCapture:
		c.emit(inst{op: opSave, x: 2 * n.capIndex})
		c.gen(n.subs[0])
		c.emit(inst{op: opSave, x: 2*n.capIndex + 1})
	case nConcat:
		for _, s := range n.subs {
			c.gen(s)
		}
	case nAlt:
		var jumps []int
		for i, s := range n.subs {
			if i == len(n.subs)-1 {
				c.gen(s)
				break
			}
			sp := c.emit(inst{op: opSplit})
			c.prog[sp].x = len(c.prog)
			c.gen(s)
			jumps = append(jumps, c.emit(inst{op: opJmp}))
			c.prog[sp].y = len(c.prog)
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case nRepeat:
		c.repeat(n)
	}
}

// loopSplit emits a split between entering the body (at body) and leaving
// (patched later), in the order greediness asks for.
func (c *compiler) setSplit(sp, body, exit int, greedy bool) {
	if greedy {
		c.prog[sp].x, c.prog[sp].y = body, exit
	} else {
		c.prog[sp].x, c.prog[sp].y = exit, body
	}
}

func (c *compiler) repeat(n *node) {
	sub := n.subs[0]
	min, max := n.min, n.max
	if max == -1 {
		// min copies then a star, or a plus for the last mandatory copy
		if min == 0 && canBeEmpty(sub) {
			// x* of an x that can match empty runs as (x+)?, so the empty
			// iteration is taken once and recorded, as Go does
			sp := c.emit(inst{op: opSplit})
			c.repeat(&node{kind: nRepeat, subs: n.subs, min: 1, max: -1, greedy: n.greedy})
			c.setSplit(sp, sp+1, len(c.prog), n.greedy)
			return
		}
		if min == 0 {
			sp := c.emit(inst{op: opSplit})
			c.gen(sub)
			c.emit(inst{op: opJmp, x: sp})
			c.setSplit(sp, sp+1, len(c.prog), n.greedy)
			return
		}
		for i := 0; i < min-1; i++ {
			c.gen(sub)
		}
		top := len(c.prog)
		c.gen(sub)
		sp := c.emit(inst{op: opSplit})
		c.setSplit(sp, top, sp+1, n.greedy)
		return
	}
	for i := 0; i < min; i++ {
		c.gen(sub)
	}
	// (max-min) nested optional copies: (x(x(x)?)?)?
	var splits []int
	for i := min; i < max; i++ {
		splits = append(splits, c.emit(inst{op: opSplit}))
		c.gen(sub)
	}
	end := len(c.prog)
	for _, sp := range splits {
		c.setSplit(sp, sp+1, end, n.greedy)
	}
}

// machine runs a program by backtracking in priority order; a bitmap of
// visited (instruction, position) pairs makes it linear in their number.
type machine struct {
	prog    []inst
	prefix  string
	firsts  *firstSet
	longest bool
	text    string
	caps    []int
	matched []int
	visited []uint32
	used    int
	base    int
	stack   []job
}

// firstSet describes the bytes a match can start with: starts[b] for an
// ASCII byte, and anyHigh for every byte >= 0x80 (conservatively).
type firstSet struct {
	starts  [128]bool
	anyHigh bool
}

// firstBytes follows the program from its start through choices, jumps and
// saves to the instructions that consume the first rune; it returns nil
// when a match may begin without consuming one or with any rune.
func firstBytes(prog []inst) *firstSet {
	fs := &firstSet{}
	seen := make([]bool, len(prog))
	work := []int{0}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &prog[pc]
		switch in.op {
		case opSave:
			work = append(work, pc+1)
		case opJmp:
			work = append(work, in.x)
		case opSplit:
			work = append(work, in.x, in.y)
		case opLit:
			fs.add(in.r)
			if in.fold {
				for f := unicode.SimpleFold(in.r); f != in.r; f = unicode.SimpleFold(f) {
					fs.add(f)
				}
			}
		case opClass:
			for b := 0; b < 128; b++ {
				if in.cls.matches(rune(b)) {
					fs.starts[b] = true
				}
			}
			fs.anyHigh = true
		default:
			return nil
		}
	}
	return fs
}

func (fs *firstSet) add(r rune) {
	if r < 128 {
		fs.starts[r] = true
	} else {
		fs.anyHigh = true
	}
}

// startInfo finds what every match must begin with: a literal prefix
// (case-sensitive) or the first consuming instruction, reached from the
// start without a choice; first is -1 when there is none.
func startInfo(prog []inst) (prefix string, first int) {
	pc := 0
	for pc < len(prog) && prog[pc].op == opSave {
		pc++
	}
	if pc >= len(prog) || prog[pc].op != opLit && prog[pc].op != opClass {
		return "", -1
	}
	first = pc
	var b strings.Builder
	for pc < len(prog) {
		in := prog[pc]
		if in.op == opSave {
			pc++
			continue
		}
		if in.op != opLit || in.fold {
			break
		}
		b.WriteRune(in.r)
		pc++
	}
	return b.String(), first
}

type job struct {
	pc, pos int
	slot    int // >= 0: restore caps[slot] to pos instead of running pc
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func (m *machine) assert(kind, pos int) bool {
	t := m.text
	switch kind {
	case nBeginText:
		return pos == 0
	case nEndText:
		return pos == len(t)
	case nBeginLine:
		return pos == 0 || t[pos-1] == '\n'
	case nEndLine:
		return pos == len(t) || t[pos] == '\n'
	case nWordB, nNoWordB:
		before := pos > 0 && isWordByte(t[pos-1])
		after := pos < len(t) && isWordByte(t[pos])
		return (before != after) == (kind == nWordB)
	}
	return false
}

// seen marks (pc, pos) and reports whether it was marked already.
func (m *machine) seen(pc, pos int) bool {
	idx := (pos-m.base)*len(m.prog) + pc
	w := idx >> 5
	if w >= len(m.visited) {
		n := 2*len(m.visited) + 16
		if n <= w {
			n = w + 16
		}
		grown := make([]uint32, n)
		copy(grown, m.visited[:m.used])
		m.visited = grown
	}
	if w >= m.used {
		m.used = w + 1
	}
	bit := uint32(1) << uint(idx&31)
	if m.visited[w]&bit != 0 {
		return true
	}
	m.visited[w] |= bit
	return false
}

// search finds the leftmost-first match starting at or after pos (only at
// pos when anchored) and returns its capture positions, or nil.
func (m *machine) search(pos int, anchored bool) []int {
	for i := 0; i < m.used; i++ {
		m.visited[i] = 0
	}
	m.used = 0
	m.base = pos
	for start := pos; start <= len(m.text); start++ {
		if !anchored {
			// jump to the next place the match could begin
			if m.prefix != "" {
				i := strings.Index(m.text[start:], m.prefix)
				if i < 0 {
					return nil
				}
				start += i
			} else if fs := m.firsts; fs != nil {
				t := m.text
				for start < len(t) && (t[start] < utf8.RuneSelf && !fs.starts[t[start]] || t[start] >= utf8.RuneSelf && !fs.anyHigh) {
					start++
				}
				if start >= len(t) {
					return nil
				}
				if t[start] >= utf8.RuneSelf && !utf8.RuneStart(t[start]) {
					continue // inside a rune: not a place a match can begin
				}
			}
		}
		if m.try(start) {
			return m.matched
		}
		if anchored {
			break
		}
		if start < len(m.text) && m.text[start] >= utf8.RuneSelf {
			_, w := utf8.DecodeRuneInString(m.text[start:])
			start += w - 1
		}
	}
	return nil
}

func (m *machine) try(start int) bool {
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.stack = append(m.stack[:0], job{pc: 0, pos: start, slot: -1})
	text := m.text
	found := false
	for len(m.stack) > 0 {
		j := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		if j.slot >= 0 {
			m.caps[j.slot] = j.pos
			continue
		}
		pc, pos := j.pc, j.pos
	run:
		for {
			if m.seen(pc, pos) {
				break
			}
			in := &m.prog[pc]
			switch in.op {
			case opSplit:
				m.stack = append(m.stack, job{pc: in.y, pos: pos, slot: -1})
				pc = in.x
			case opJmp:
				pc = in.x
			case opSave:
				if in.x < len(m.caps) {
					m.stack = append(m.stack, job{pos: m.caps[in.x], slot: in.x})
					m.caps[in.x] = pos
				}
				pc++
			case opAssert:
				if !m.assert(in.x, pos) {
					break run
				}
				pc++
			case opMatch:
				if !m.longest {
					copy(m.matched, m.caps)
					return true
				}
				if !found || pos > m.matched[1] {
					copy(m.matched, m.caps)
					m.matched[1] = pos
					found = true
				}
				break run
			default:
				if pos >= len(text) {
					break run
				}
				r, w := rune(text[pos]), 1
				if r >= utf8.RuneSelf {
					r, w = utf8.DecodeRuneInString(text[pos:])
				}
				ok := false
				switch in.op {
				case opLit:
					ok = r == in.r || in.fold && foldEq(r, in.r)
				case opClass:
					ok = in.cls.matches(r)
				case opAny:
					ok = true
				case opAnyNotNL:
					ok = r != '\n'
				}
				if !ok {
					break run
				}
				pos += w
				pc++
			}
		}
	}
	return found
}

// canBeEmpty reports whether n can match the empty string.
func canBeEmpty(n *node) bool {
	switch n.kind {
	case nLit, nClass, nAny, nAnyNotNL:
		return false
	case nCapture:
		return canBeEmpty(n.subs[0])
	case nConcat:
		for _, s := range n.subs {
			if !canBeEmpty(s) {
				return false
			}
		}
		return true
	case nAlt:
		for _, s := range n.subs {
			if canBeEmpty(s) {
				return true
			}
		}
		return false
	case nRepeat:
		return n.min == 0 || canBeEmpty(n.subs[0])
	}
	return true
}
