package runtime

import "unsafe"

// The scheduler proper: what each M's g0 runs (mloop), finding work for a P
// (findRunnable), and handing idle Ps to idle Ms (wakep, startm).
//
// An M that finds nothing runnable spins for a while: it steals from the other
// Ps in a random order. Only one M at a time is woken to spin for newly readied
// work (sched.nmspinning, as gc's wakep), and a spinning M that finds work wakes
// the next, so work spreads without a thundering herd. An M that gives up puts
// its P on the idle list and then either parks, or, if no other M does so
// already, waits for the earliest timer and for file descriptors
// (sched.waiter). When the last P goes idle with no goroutine in a system call,
// no timer that can wake anybody and no descriptor to wait for, the program is
// deadlocked.

// P states.
const (
	pIdle    = iota // on the idle list, or not in use
	pRunning        // owned by an M running goroutines or the scheduler
	pSyscall        // its M is in a system call; sysmon or the collector may take it
	pStopped        // stopped for the collector, or beyond GOMAXPROCS
)

// pstatus is pp's state (the status word holds a system call's sequence number
// above it, see mthread.go).
func pstatus(pp *p) uint32 {
	return load32(&pp.status) & 0xff
}

// retakeSyscall moves pp from pSyscall to state; false if it is not in a
// system call (any more).
func retakeSyscall(pp *p, state uint32) bool {
	v := load32(&pp.status)
	return v&0xff == pSyscall && cas32(&pp.status, v, state)
}

// mloop is what every g0 runs.
func mloop(mp *m) {
	for {
		if gp := mp.curg; gp != nil {
			afterSwitch(mp, gp)
		}
		if mp.p == nil {
			stopm(mp)
		}
		gp := findRunnable(mp)
		execute(mp, gp)
	}
}

func acquirep(mp *m, pp *p) {
	mp.p = pp
	pp.m = mp
	store32(&pp.status, pRunning)
}

func releasep(mp *m) *p {
	pp := mp.p
	mp.p = nil
	pp.m = nil
	return pp
}

// pidleput puts pp on the idle list (sched.lock held).
func pidleput(pp *p) {
	store32(&pp.status, pIdle)
	pp.link = sched.pidle
	sched.pidle = pp
	xadd32(&sched.npidle, 1)
}

// pidleget takes an idle P (sched.lock held); none while the world stops.
func pidleget() *p {
	if load32(&sched.gcwaiting) != 0 {
		return nil
	}
	pp := sched.pidle
	if pp != nil {
		sched.pidle = pp.link
		pp.link = nil
		xadd32(&sched.npidle, -1)
	}
	return pp
}

// stopm parks the M (which has no P) until startm gives it one.
func stopm(mp *m) {
	if load32(&mp.park) == 0 {
		lock(&sched.lock)
		mp.idlelink = sched.idlem
		sched.idlem = mp
		unlock(&sched.lock)
		for load32(&mp.park) == 0 {
			futexsleep(&mp.park, 0, -1, nil)
		}
	}
	store32(&mp.park, 0)
	pp := mp.nextp
	mp.nextp = nil
	acquirep(mp, pp)
}

// startm gives pp (or an idle P, when pp is nil) to an idle M or a new one. It
// may run on sysmon's thread, so it must not allocate.
func startm(pp *p, spinning bool) {
	lock(&sched.lock)
	if pp == nil {
		pp = pidleget()
		if pp == nil {
			unlock(&sched.lock)
			if spinning {
				xadd32(&sched.nmspinning, -1)
			}
			return
		}
	}
	mp := sched.idlem
	if mp != nil {
		sched.idlem = mp.idlelink
		mp.idlelink = nil
	}
	unlock(&sched.lock)
	if mp == nil {
		newm(pp, spinning)
		return
	}
	mp.spinning = spinning
	mp.nextp = pp
	store32(&mp.park, 1)
	futexwakeup(&mp.park, 1)
}

// wakep starts an M spinning on an idle P, unless one spins already.
func wakep() {
	if load32((*uint32)(unsafe.Pointer(&sched.npidle))) == 0 {
		return
	}
	if load32((*uint32)(unsafe.Pointer(&sched.nmspinning))) != 0 || !cas32((*uint32)(unsafe.Pointer(&sched.nmspinning)), 0, 1) {
		return
	}
	startm(nil, true)
}

// resetspinning: a spinning M found work; another one may look for more.
func resetspinning(mp *m) {
	if !mp.spinning {
		return
	}
	mp.spinning = false
	if xadd32(&sched.nmspinning, -1) == 0 {
		wakep()
	}
}

// findRunnable returns the next goroutine for mp (which has a P) to run; the M
// may park meanwhile and come back with another P.
func findRunnable(mp *m) *g {
	for {
		if load32(&sched.gcwaiting) != 0 {
			gcstopm(mp)
			continue
		}
		pp := mp.p
		if len(timers) > 0 {
			checkTimers()
		}
		if len(pollfds) > 0 && pp.schedtick&63 == 0 {
			netpoll(0)
		}
		// now and then the global queue first, so the local one cannot starve it
		if pp.schedtick%61 == 0 {
			if gp := globrunqget(pp, 1); gp != nil {
				resetspinning(mp)
				return gp
			}
		}
		if gp := runqget(pp); gp != nil {
			resetspinning(mp)
			return gp
		}
		if gp := globrunqget(pp, 0); gp != nil {
			resetspinning(mp)
			return gp
		}
		if len(pollfds) > 0 {
			netpoll(0)
			if gp := runqget(pp); gp != nil {
				resetspinning(mp)
				return gp
			}
		}
		n := uint32(gomaxprocs)
		if n > 1 {
			if !mp.spinning {
				mp.spinning = true
				xadd32(&sched.nmspinning, 1)
			}
			for i := 0; i < 4; i++ {
				start := fastrandn(n)
				for j := uint32(0); j < n; j++ {
					victim := allp[(start+j)%n]
					if victim == pp {
						continue
					}
					if gp := runqsteal(pp, victim, i == 3); gp != nil {
						resetspinning(mp)
						return gp
					}
				}
			}
		}
		// Nothing to do: give up the P.
		lock(&sched.lock)
		if load32(&sched.gcwaiting) != 0 {
			unlock(&sched.lock)
			continue
		}
		if sched.runq.n > 0 {
			gp := globrunqgetLocked(pp, 0)
			unlock(&sched.lock)
			resetspinning(mp)
			return gp
		}
		releasep(mp)
		pidleput(pp)
		unlock(&sched.lock)
		if mp.spinning {
			mp.spinning = false
			xadd32(&sched.nmspinning, -1)
			// Work readied while this M was spinning woke nobody: look again.
			if procsWithWork() {
				lock(&sched.lock)
				pp = pidleget()
				unlock(&sched.lock)
				if pp != nil {
					acquirep(mp, pp)
					mp.spinning = true
					xadd32(&sched.nmspinning, 1)
					continue
				}
			}
		}
		idlem(mp)
	}
}

// procsWithWork reports whether some P's queue holds a goroutine.
func procsWithWork() bool {
	for i := 0; i < gomaxprocs; i++ {
		if !runqempty(allp[i]) {
			return true
		}
	}
	return false
}

// idlem is an M without a P and without work: it reports a deadlock, waits for
// timers and descriptors, or parks. It returns with a P.
func idlem(mp *m) {
	lock(&sched.lock)
	pending := len(timers) > 0 || len(pollfds) > 0
	if int(sched.npidle) == gomaxprocs && sched.nsyscall == 0 && sched.runq.n == 0 && !procsWithWork() {
		if !timersLive() && len(pollfds) == 0 {
			deadlock()
		}
	}
	if pending && sched.waiter == nil {
		sched.waiter = mp
		store32(&sched.waiterWake, 0)
		unlock(&sched.lock)
		waitEvents(mp)
		lock(&sched.lock)
		sched.waiter = nil
		pp := pidleget()
		unlock(&sched.lock)
		if pp != nil {
			acquirep(mp, pp)
			return
		}
		stopm(mp)
		return
	}
	unlock(&sched.lock)
	stopm(mp)
}

// waitEvents is the waiter's sleep: until the earliest timer is due, a
// descriptor is ready (polled at least every ms: new ones may come), or a new
// earlier timer pokes sched.waiterWake.
func waitEvents(mp *m) {
	ns := int64(-1)
	lock(&timersLock)
	if len(timers) > 0 {
		ns = timers[0].when - nanotime()
		if ns < 0 {
			ns = 0
		}
	}
	unlock(&timersLock)
	if len(pollfds) > 0 {
		if ns < 0 || ns > 1000000 {
			ns = 1000000
		}
		netpollBlock(ns)
		return
	}
	if ns == 0 || ns < 0 {
		return // due, or nothing to wait for any more: look again
	}
	futexsleep(&sched.waiterWake, 0, ns, &mp.ts)
}

// wakeWaiter makes the waiting M look at timers and descriptors again.
func wakeWaiter() {
	if sched.waiter != nil {
		store32(&sched.waiterWake, 1)
		futexwakeup(&sched.waiterWake, 1)
	}
}

// gcstopm stops the M's P for the collector and parks the M.
func gcstopm(mp *m) {
	if mp.spinning {
		mp.spinning = false
		xadd32(&sched.nmspinning, -1)
	}
	pp := releasep(mp)
	lock(&sched.lock)
	store32(&pp.status, pStopped)
	sched.stopwait--
	if sched.stopwait == 0 {
		store32(&sched.stopnote, 1)
		futexwakeup(&sched.stopnote, 1)
	}
	unlock(&sched.lock)
	stopm(mp)
}

// handoffp finds an owner for pp, taken from an M in a system call (by sysmon).
func handoffp(pp *p) {
	lock(&sched.lock)
	if load32(&sched.gcwaiting) != 0 {
		store32(&pp.status, pStopped)
		sched.stopwait--
		if sched.stopwait == 0 {
			store32(&sched.stopnote, 1)
			futexwakeup(&sched.stopnote, 1)
		}
		unlock(&sched.lock)
		return
	}
	if runqempty(pp) && sched.runq.n == 0 && (sched.waiter != nil || len(timers) == 0 && len(pollfds) == 0) {
		pidleput(pp)
		unlock(&sched.lock)
		return
	}
	unlock(&sched.lock)
	startm(pp, false)
}

// procresize makes n Ps usable (the world is stopped, or only P 0 was in use).
// Ps beyond n give their goroutines to the global queue; new ones are left
// stopped for startTheWorld (or put idle by procsinit).
func procresize(n int) {
	old := gomaxprocs
	for i := n; i < old; i++ {
		pp := allp[i]
		for {
			gp := runqget(pp)
			if gp == nil {
				break
			}
			sched.runq.push(gp)
		}
		store32((*uint32)(unsafe.Pointer(&sched.runqsize)), uint32(sched.runq.n))
		store32(&pp.status, pStopped)
	}
	mp := getg().m
	if mp.p != nil && int(mp.p.id) >= n {
		// the caller's P goes away: continue with P 0 (stopped with the world)
		pp := releasep(mp)
		store32(&pp.status, pStopped)
		acquirep(mp, allp[0])
	}
	for i := old; i < n; i++ {
		if allp[i] == nil {
			pp := (*p)(mmap((unsafe.Sizeof(p{}) + 4095) &^ 4095)) // outside the heap, zeroed
			pp.id = int32(i)
			allp[i] = pp
		}
		store32(&allp[i].status, pStopped)
	}
	gomaxprocs = n
}
