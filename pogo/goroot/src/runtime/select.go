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
// locks holds the distinct channels in address order: selectgo locks them all
// in that order (so two selects cannot deadlock each other), looks for a ready
// case, and otherwise waits on all of them; g0 unlocks them once the goroutine
// has left its stack (selunlock).
type selectState struct {
	cases []scase
	order []int
	locks []*hchan
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
		s.locks = make([]*hchan, 0, n)
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

// sellock locks the channels of s in address order (insertion sort: few cases).
func sellock(s *selectState) {
	locks := s.locks[:0]
	for i := range s.cases {
		c := s.cases[i].c
		if c == nil {
			continue
		}
		j := len(locks)
		dup := false
		for k := 0; k < j; k++ {
			if locks[k] == c {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		locks = append(locks, c)
		for j > 0 && uintptr(unsafe.Pointer(locks[j-1])) > uintptr(unsafe.Pointer(c)) {
			locks[j] = locks[j-1]
			j--
		}
		locks[j] = c
	}
	s.locks = locks
	for _, c := range locks {
		lock(&c.lock)
	}
}

func selunlock(s *selectState) {
	for i := len(s.locks) - 1; i >= 0; i-- {
		unlock(&s.locks[i].lock)
	}
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
	sellock(s)
	for _, i := range order {
		cas := &s.cases[i]
		c := cas.c
		if c == nil {
			continue
		}
		if cas.send {
			if c.closed {
				selunlock(s)
				chanpanic("send on closed channel")
			}
			if rg := c.recvq.dequeue(); rg != nil {
				if rg.elem != nil {
					elemcopy(rg.elem, cas.elem, c.elemsize)
				}
				selunlock(s)
				wake(rg, true)
				return i, false
			}
			if c.qcount < c.dataqsiz {
				elemcopy(chanbuf(c, c.sendx), cas.elem, c.elemsize)
				c.sendx++
				if c.sendx == c.dataqsiz {
					c.sendx = 0
				}
				c.qcount++
				selunlock(s)
				return i, false
			}
		} else {
			if sd := c.sendq.dequeue(); sd != nil {
				recvFrom(c, sd, cas.elem)
				selunlock(s)
				wake(sd, true)
				return i, true
			}
			if c.qcount > 0 {
				p := chanbuf(c, c.recvx)
				if cas.elem != nil {
					elemcopy(cas.elem, p, c.elemsize)
				}
				memclr(p, c.elemsize)
				c.recvx++
				if c.recvx == c.dataqsiz {
					c.recvx = 0
				}
				c.qcount--
				selunlock(s)
				return i, true
			}
			if c.closed {
				selunlock(s)
				elemclear(cas.elem, c.elemsize)
				return i, false
			}
		}
	}
	if !block {
		selunlock(s)
		return -1, false
	}
	gp := getg()
	store32(&gp.selectDone, 0)
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
	gp.waitreason = "select"
	switchToG0(actParkSel, nil)
	sellock(s)
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
	selunlock(s)
	for sg := gp.waiting; sg != nil; {
		next := sg.waitlink
		if sg != won {
			releaseSudog(sg)
		}
		sg = next
	}
	gp.waiting = nil
	store32(&gp.selectDone, 0)
	idx, ok := won.caseIdx, won.success
	releaseSudog(won)
	if s.cases[idx].send && !ok {
		chanpanic("send on closed channel")
	}
	return idx, ok
}
