package runtime

import "unsafe"

// Channels. A channel is a *hchan: a ring buffer of dataqsiz elements (none for
// an unbuffered channel) and two FIFO queues of blocked goroutines, each waiting
// in a sudog that says where the value comes from or goes to. A sender that finds
// a waiting receiver copies its value straight into the receiver's variable (and
// the reverse), then readies the other goroutine to run next, as gc does.
// The compiler passes element values by address. Each channel has a lock; a
// blocked goroutine is parked with it (goparkunlock), so its partner cannot
// ready it before it has left its stack.

type hchan struct {
	qcount   int            // elements in the buffer
	dataqsiz int            // buffer capacity
	buf      unsafe.Pointer // dataqsiz elements
	elemsize uintptr
	closed   bool
	sendx    int // next buffer slot to send into
	recvx    int // next buffer slot to receive from
	recvq    waitq
	sendq    waitq
	timer    bool // a time.Timer/Ticker channel (see timerPoll)
	lock     mutex
}

// sudog is a goroutine waiting on one channel (or semaphore) operation.
type sudog struct {
	g        *g
	next     *sudog
	prev     *sudog
	elem     unsafe.Pointer // the value to send, or where to store the received one
	c        *hchan
	isSelect bool
	success  bool // the operation happened (false: woken by close)
	waitlink *sudog
	caseIdx  int
	addr     unsafe.Pointer // semaphore address (sema.go)
	link     *sudog         // closechan's list of waiters to wake
}

// Sudogs are recycled through a per-P free list, so that a blocking operation
// does not allocate every time.
func acquireSudog() *sudog {
	pp := getg().m.p
	sg := pp.sudogcache
	if sg == nil {
		return new(sudog)
	}
	pp.sudogcache = sg.next
	sg.next = nil
	return sg
}

// releaseSudog returns sg, which no queue holds any more, to the free list.
func releaseSudog(sg *sudog) {
	sg.g = nil
	sg.prev = nil
	sg.elem = nil
	sg.c = nil
	sg.isSelect = false
	sg.success = false
	sg.waitlink = nil
	sg.caseIdx = 0
	sg.addr = nil
	sg.link = nil
	pp := getg().m.p
	sg.next = pp.sudogcache
	pp.sudogcache = sg
}

type waitq struct {
	first *sudog
	last  *sudog
}

func (q *waitq) enqueue(sg *sudog) {
	sg.next = nil
	sg.prev = q.last
	if q.last == nil {
		q.first = sg
	} else {
		q.last.next = sg
	}
	q.last = sg
}

func (q *waitq) remove(sg *sudog) {
	if sg.prev == nil {
		if q.first != sg {
			return // not queued
		}
		q.first = sg.next
	} else {
		sg.prev.next = sg.next
	}
	if sg.next == nil {
		q.last = sg.prev
	} else {
		sg.next.prev = sg.prev
	}
	sg.next = nil
	sg.prev = nil
}

// dequeue removes the first waiter that can still proceed: a select whose other
// case already fired is skipped (its goroutine removes that sudog itself).
func (q *waitq) dequeue() *sudog {
	for {
		sg := q.first
		if sg == nil {
			return nil
		}
		q.remove(sg)
		if sg.isSelect && !cas32(&sg.g.selectDone, 0, 1) {
			continue
		}
		return sg
	}
}

func chanpanic(msg string) {
	gopanic(plainError(msg))
}

func makechan(t unsafe.Pointer, size int) *hchan {
	elem := typeElem(t)
	es := typeSize(elem)
	if size < 0 || es > 0 && uintptr(size) > (1<<40)/es {
		chanpanic("makechan: size out of range")
	}
	c := new(hchan)
	c.elemsize = es
	c.dataqsiz = size
	if size > 0 {
		c.buf = mallocgc(es*uintptr(size), elem, true)
	}
	return c
}

func chanbuf(c *hchan, i int) unsafe.Pointer {
	return unsafe.Add(c.buf, uintptr(i)*c.elemsize)
}

// elemcopy copies one element of size n (word by word when it can).
func elemcopy(dst, src unsafe.Pointer, n uintptr) {
	if n&7 == 0 && uintptr(dst)&7 == 0 && uintptr(src)&7 == 0 {
		for i := uintptr(0); i < n; i += 8 {
			*(*uintptr)(unsafe.Add(dst, i)) = *(*uintptr)(unsafe.Add(src, i))
		}
		return
	}
	memmove(dst, src, n)
}

func elemclear(p unsafe.Pointer, n uintptr) {
	if p != nil {
		memclr(p, n)
	}
}

func chansend1(c *hchan, elem unsafe.Pointer) {
	chansend(c, elem, true)
}

// chansend sends the element at ep; without block it returns false instead of
// waiting.
func chansend(c *hchan, ep unsafe.Pointer, block bool) bool {
	if c == nil {
		if !block {
			return false
		}
		gopark("chan send (nil chan)")
		throw("unreachable")
	}
	if !block && !c.closed && c.recvq.first == nil && c.qcount == c.dataqsiz {
		return false // a racy look, as gc's: not ready
	}
	lock(&c.lock)
	if c.closed {
		unlock(&c.lock)
		chanpanic("send on closed channel")
	}
	if rg := c.recvq.dequeue(); rg != nil {
		if rg.elem != nil {
			elemcopy(rg.elem, ep, c.elemsize)
		}
		unlock(&c.lock)
		wake(rg, true)
		return true
	}
	if c.qcount < c.dataqsiz {
		elemcopy(chanbuf(c, c.sendx), ep, c.elemsize)
		c.sendx++
		if c.sendx == c.dataqsiz {
			c.sendx = 0
		}
		c.qcount++
		unlock(&c.lock)
		return true
	}
	if !block {
		unlock(&c.lock)
		return false
	}
	sg := acquireSudog()
	sg.g = getg()
	sg.elem = ep
	sg.c = c
	c.sendq.enqueue(sg)
	goparkunlock(&c.lock, "chan send")
	ok := sg.success
	releaseSudog(sg)
	if !ok {
		chanpanic("send on closed channel")
	}
	return true
}

// wake completes a waiter's operation and readies its goroutine.
func wake(sg *sudog, success bool) {
	sg.success = success
	gp := sg.g
	gp.param = sg
	ready(gp)
}

func chanrecv1(c *hchan, elem unsafe.Pointer) {
	chanrecv(c, elem, true)
}

func chanrecv2(c *hchan, elem unsafe.Pointer) bool {
	_, ok := chanrecv(c, elem, true)
	return ok
}

// chanrecv receives into ep (which may be nil: the value is dropped). selected
// reports whether it happened (always, when block); received is false when the
// zero value was produced because the channel is closed.
func chanrecv(c *hchan, ep unsafe.Pointer, block bool) (selected, received bool) {
	if c == nil {
		if !block {
			return false, false
		}
		gopark("chan receive (nil chan)")
		throw("unreachable")
	}
	if c.timer {
		timerPoll()
	}
	if !block && !c.closed && c.sendq.first == nil && c.qcount == 0 {
		return false, false // a racy look, as gc's: not ready
	}
	lock(&c.lock)
	if c.closed && c.qcount == 0 {
		unlock(&c.lock)
		elemclear(ep, c.elemsize)
		return true, false
	}
	if sd := c.sendq.dequeue(); sd != nil {
		recvFrom(c, sd, ep)
		unlock(&c.lock)
		wake(sd, true)
		return true, true
	}
	if c.qcount > 0 {
		p := chanbuf(c, c.recvx)
		if ep != nil {
			elemcopy(ep, p, c.elemsize)
		}
		memclr(p, c.elemsize)
		c.recvx++
		if c.recvx == c.dataqsiz {
			c.recvx = 0
		}
		c.qcount--
		unlock(&c.lock)
		return true, true
	}
	if !block {
		unlock(&c.lock)
		return false, false
	}
	sg := acquireSudog()
	sg.g = getg()
	sg.elem = ep
	sg.c = c
	c.recvq.enqueue(sg)
	goparkunlock(&c.lock, "chan receive")
	ok := sg.success
	releaseSudog(sg)
	return true, ok
}

// recvFrom receives from a blocked sender sg: directly from it on an unbuffered
// channel; otherwise from the head of the (full) buffer, and the sender's value
// takes the freed slot at the tail. c is locked; the caller wakes the sender
// after unlocking it.
func recvFrom(c *hchan, sg *sudog, ep unsafe.Pointer) {
	if c.dataqsiz == 0 {
		if ep != nil {
			elemcopy(ep, sg.elem, c.elemsize)
		}
	} else {
		p := chanbuf(c, c.recvx)
		if ep != nil {
			elemcopy(ep, p, c.elemsize)
		}
		elemcopy(p, sg.elem, c.elemsize)
		c.recvx++
		if c.recvx == c.dataqsiz {
			c.recvx = 0
		}
		c.sendx = c.recvx
	}
}

func closechan(c *hchan) {
	if c == nil {
		chanpanic("close of nil channel")
	}
	lock(&c.lock)
	if c.closed {
		unlock(&c.lock)
		chanpanic("close of closed channel")
	}
	c.closed = true
	// Collect every waiter first, then ready them in queue order (receivers,
	// then senders, who will panic), as gc does.
	var first, last *sudog
	for i := 0; i < 2; i++ {
		q := &c.recvq
		if i == 1 {
			q = &c.sendq
		}
		for {
			sg := q.dequeue()
			if sg == nil {
				break
			}
			if i == 0 {
				elemclear(sg.elem, c.elemsize)
			}
			sg.link = nil
			if last == nil {
				first = sg
			} else {
				last.link = sg
			}
			last = sg
		}
	}
	unlock(&c.lock)
	for sg := first; sg != nil; {
		next := sg.link
		sg.link = nil
		wake(sg, false)
		sg = next
	}
}

func chanlen(c *hchan) int {
	if c == nil || c.timer {
		return 0 // timer channels look unbuffered, as in gc
	}
	return c.qcount
}

func chancap(c *hchan) int {
	if c == nil || c.timer {
		return 0
	}
	return c.dataqsiz
}
