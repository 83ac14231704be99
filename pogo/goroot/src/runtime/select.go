package runtime

import "unsafe"

// select. The compiler builds a selectState with one scase per communication
// clause (newselect, selectsend, selectrecv) and calls selectgo, which returns the
// index of the chosen case, or -1 for default. Ready cases are polled in a random
// order, so each is equally likely; when none is ready the goroutine waits on
// every channel at once, and the first operation that completes one of its sudogs
// wins (g.selectDone makes the others be skipped and then removed).

type scase struct {
	c    *hchan
	elem unsafe.Pointer
	send bool
}

// selectState is per goroutine and reused: the compiler evaluates every operand
// before newselect, so no other select of the goroutine can start before selectgo.
type selectState struct {
	cases []scase
	order []int
}

func newselect(n int) *selectState {
	gp := getg()
	s := gp.sel
	if s == nil {
		s = new(selectState)
		gp.sel = s
	}
	if cap(s.cases) < n {
		s.cases = make([]scase, 0, n)
		s.order = make([]int, n)
	}
	s.cases = s.cases[:0]
	return s
}

func selectsend(s *selectState, c *hchan, elem unsafe.Pointer) {
	s.cases = append(s.cases, scase{c: c, elem: elem, send: true})
}

func selectrecv(s *selectState, c *hchan, elem unsafe.Pointer) {
	s.cases = append(s.cases, scase{c: c, elem: elem})
}

// block is select {}: wait forever.
func block() {
	gopark("select (no cases)")
	throw("unreachable")
}

// selectgo performs one case of s and returns its index and, for a receive,
// whether a value was received (false: the channel is closed). Without block it
// returns -1 when no case is ready.
func selectgo(s *selectState, block bool) (int, bool) {
	n := len(s.cases)
	for i := 0; i < n; i++ {
		if c := s.cases[i].c; c != nil && c.timer && !s.cases[i].send {
			timerPoll()
			break
		}
	}
	order := s.order[:n]
	for i := 0; i < n; i++ {
		j := int(fastrandn(uint32(i + 1)))
		order[i] = order[j]
		order[j] = i
	}
	for _, i := range order {
		cas := &s.cases[i]
		c := cas.c
		if c == nil {
			continue
		}
		if cas.send {
			if c.closed {
				chanpanic("send on closed channel")
			}
			if c.recvq.first != nil || c.qcount < c.dataqsiz {
				if chansend(c, cas.elem, false) {
					return i, false
				}
			}
		} else if c.closed || c.sendq.first != nil || c.qcount > 0 {
			if sel, ok := chanrecv(c, cas.elem, false); sel {
				return i, ok
			}
		}
	}
	if !block {
		return -1, false
	}
	gp := getg()
	gp.selectDone = false
	gp.param = nil
	var last *sudog
	for i := 0; i < n; i++ {
		cas := &s.cases[i]
		c := cas.c
		if c == nil {
			continue
		}
		sg := acquireSudog()
		sg.g = gp
		sg.isSelect = true
		sg.caseIdx = i
		sg.elem = cas.elem
		sg.c = c
		if last == nil {
			gp.waiting = sg
		} else {
			last.waitlink = sg
		}
		last = sg
		if cas.send {
			c.sendq.enqueue(sg)
		} else {
			c.recvq.enqueue(sg)
		}
	}
	gopark("select")
	won := gp.param
	gp.param = nil
	for sg := gp.waiting; sg != nil; sg = sg.waitlink {
		if sg != won {
			if s.cases[sg.caseIdx].send {
				sg.c.sendq.remove(sg)
			} else {
				sg.c.recvq.remove(sg)
			}
		}
	}
	for sg := gp.waiting; sg != nil; {
		next := sg.waitlink
		if sg != won {
			releaseSudog(sg)
		}
		sg = next
	}
	gp.waiting = nil
	gp.selectDone = false
	idx, ok := won.caseIdx, won.success
	releaseSudog(won)
	if s.cases[idx].send && !ok {
		chanpanic("send on closed channel")
	}
	return idx, ok
}
