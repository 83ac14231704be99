package runtime

import "unsafe"

// Run queues. Each P has a local ring of 256 runnable gs (plus runnext) that
// only its owner adds to, at the tail; the owner takes from the head, and other
// Ps steal half of it from the head too, so head moves by compare-and-swap and
// tail is published with an atomic store after the slot is written. A g is
// stored as a uintptr: gs are never freed (allg holds them), so the collector
// need not see these words. When the ring is full, half of it moves to the
// global queue (sched.runq, under sched.lock), which every P looks at now and
// then, and when its own queue is empty.

func guintptr(gp *g) uintptr { return uintptr(unsafe.Pointer(gp)) }

func gptr(u uintptr) *g { return (*g)(unsafe.Pointer(u)) }

// runqput adds gp to pp's queue (pp must be the caller's P); with next it
// becomes runnext and the previous runnext goes to the tail instead.
func runqput(pp *p, gp *g, next bool) {
	if next {
		for {
			old := loaduintptr(&pp.runnext)
			if casuintptr(&pp.runnext, old, guintptr(gp)) {
				if old == 0 {
					return
				}
				gp = gptr(old)
				break
			}
		}
	}
	for {
		h := load32(&pp.runqhead)
		t := pp.runqtail
		if t-h < uint32(len(pp.runq)) {
			pp.runq[t%uint32(len(pp.runq))] = guintptr(gp)
			store32(&pp.runqtail, t+1)
			return
		}
		if runqputslow(pp, gp, h, t) {
			return
		}
	}
}

// runqputslow moves half of pp's full queue and gp to the global queue; false
// if a thief emptied part of it meanwhile (try runqput again).
func runqputslow(pp *p, gp *g, h, t uint32) bool {
	n := (t - h) / 2
	var batch [129]uintptr
	for i := uint32(0); i < n; i++ {
		batch[i] = pp.runq[(h+i)%uint32(len(pp.runq))]
	}
	if !cas32(&pp.runqhead, h, h+n) {
		return false
	}
	batch[n] = guintptr(gp)
	lock(&sched.lock)
	for i := uint32(0); i <= n; i++ {
		sched.runq.push(gptr(batch[i]))
	}
	store32((*uint32)(unsafe.Pointer(&sched.runqsize)), uint32(sched.runq.n))
	unlock(&sched.lock)
	return true
}

// runqget takes the next g of pp's queue (pp must be the caller's P): runnext,
// then the head.
func runqget(pp *p) *g {
	for {
		next := loaduintptr(&pp.runnext)
		if next == 0 {
			break
		}
		if casuintptr(&pp.runnext, next, 0) {
			pp.inheritTime = true
			return gptr(next)
		}
	}
	for {
		h := load32(&pp.runqhead)
		t := pp.runqtail
		if t == h {
			return nil
		}
		gp := pp.runq[h%uint32(len(pp.runq))]
		if cas32(&pp.runqhead, h, h+1) {
			return gptr(gp)
		}
	}
}

// runqempty reports whether pp has no runnable g (read from any thread).
func runqempty(pp *p) bool {
	for {
		h := load32(&pp.runqhead)
		t := load32(&pp.runqtail)
		next := loaduintptr(&pp.runnext)
		if load32(&pp.runqtail) == t {
			return h == t && next == 0
		}
	}
}

// runqsteal moves about half of victim's queue to pp's (pp is the caller's P,
// whose queue is empty) and returns one of the gs, or nil. With stealNext it may
// take victim's runnext when the queue is empty.
func runqsteal(pp, victim *p, stealNext bool) *g {
	t := pp.runqtail
	for {
		h := load32(&victim.runqhead)
		vt := load32(&victim.runqtail)
		n := vt - h
		n = n - n/2
		if n == 0 {
			if !stealNext {
				return nil
			}
			next := loaduintptr(&victim.runnext)
			if next == 0 {
				return nil
			}
			if pstatus(victim) == pRunning {
				// The owner is about to run it (a goroutine just readied, say by
				// a channel operation, that blocks at once): give it a moment,
				// as gc does, rather than move it to another thread.
				usleep(3)
				if loaduintptr(&victim.runnext) != next {
					continue
				}
			}
			if casuintptr(&victim.runnext, next, 0) {
				return gptr(next)
			}
			continue
		}
		if n > uint32(len(victim.runq))/2 {
			continue // h and vt read inconsistently: try again
		}
		for i := uint32(0); i < n; i++ {
			pp.runq[(t+i)%uint32(len(pp.runq))] = victim.runq[(h+i)%uint32(len(victim.runq))]
		}
		if !cas32(&victim.runqhead, h, h+n) {
			continue
		}
		// the last one is returned; the others are published in pp's queue
		n--
		gp := gptr(pp.runq[(t+n)%uint32(len(pp.runq))])
		if n > 0 {
			store32(&pp.runqtail, t+n)
		}
		return gp
	}
}

// globrunqput adds gp to the global queue.
func globrunqput(gp *g) {
	lock(&sched.lock)
	sched.runq.push(gp)
	store32((*uint32)(unsafe.Pointer(&sched.runqsize)), uint32(sched.runq.n))
	unlock(&sched.lock)
}

// globrunqget takes a g from the global queue and, when pp is given, moves a
// fair share of the rest to pp's queue. sched.lock must be held.
func globrunqgetLocked(pp *p, max int) *g {
	if sched.runq.n == 0 {
		return nil
	}
	n := sched.runq.n/gomaxprocs + 1
	if n > sched.runq.n {
		n = sched.runq.n
	}
	if max > 0 && n > max {
		n = max
	}
	free := int(uint32(len(pp.runq)) - (pp.runqtail - load32(&pp.runqhead)))
	if n > free+1 {
		n = free + 1 // runqput must not spill to the global queue (its lock is held)
	}
	gp := sched.runq.pop()
	for n--; n > 0; n-- {
		runqput(pp, sched.runq.pop(), false)
	}
	store32((*uint32)(unsafe.Pointer(&sched.runqsize)), uint32(sched.runq.n))
	return gp
}

// globrunqget is globrunqgetLocked taking the lock; it first looks without it.
func globrunqget(pp *p, max int) *g {
	if load32((*uint32)(unsafe.Pointer(&sched.runqsize))) == 0 {
		return nil
	}
	lock(&sched.lock)
	gp := globrunqgetLocked(pp, max)
	unlock(&sched.lock)
	return gp
}

// usleep sleeps for us microseconds (on g0: the M's own timespec).
func usleep(us int64) {
	ts := &getg().m.tsbuf
	ts.sec = 0
	ts.nsec = us * 1000
	syscall6(sysNanosleep, uintptr(unsafe.Pointer(ts)), 0, 0, 0, 0, 0)
}
