package runtime

import "unsafe"

// Timers wait in a min-heap ordered by due time. A timer either readies a
// sleeping goroutine (time.Sleep) or runs a callback (package time's timers:
// a non-blocking send on a channel, or starting AfterFunc's goroutine). One
// heap for all Ps, under timersLock. The scheduler runs the due timers each
// time it looks for work, and when no P has anything to do, one idle M (the
// waiter, sched.go) sleeps until the earliest one; a new earlier timer wakes it.
//
// Deadlock: as in gc since Go 1.23, a timer that only sends on a channel keeps
// the program alive only while some goroutine is blocked receiving from that
// channel; sleepers and AfterFunc timers always do. With no goroutine runnable
// and no such timer pending, the program is deadlocked.

// timer is one pending event; package time's runtimeTimer mirrors its layout.
type timer struct {
	when   int64  // due time (nanotime)
	period int64  // > 0: re-armed this much later after each run (tickers)
	f      func() // run by the scheduler when due; must not block
	gp     *g     // or, when f is nil: the sleeping goroutine to ready
	c      *hchan // the channel f sends on, if any (for deadlock detection)
	idx    int    // position in the heap plus one; 0 when not in it
}

var timers []*timer
var timersLock mutex // guards timers and every timer's fields

const (
	sysNanosleep    = 35
	sysClockGettime = 228
	clockMonotonic  = 1
)

type timespec struct {
	sec  int64
	nsec int64
}

func nanotime() int64 {
	ts := &getg().m.tsbuf
	syscall6(sysClockGettime, clockMonotonic, uintptr(unsafe.Pointer(ts)), 0, 0, 0, 0)
	return ts.sec*1000000000 + ts.nsec
}

//go:linkname time_runtimeNano time.runtimeNano
func time_runtimeNano() int64 {
	return nanotime()
}

// time_now is time.now: the wall clock (seconds and nanoseconds since 1970) and
// the monotonic clock.
//
//go:linkname time_now time.now
func time_now() (sec int64, nsec int32, mono int64) {
	const clockRealtime = 0
	ts := &getg().m.tsbuf
	syscall6(sysClockGettime, clockRealtime, uintptr(unsafe.Pointer(ts)), 0, 0, 0, 0)
	sec, nsec = ts.sec, int32(ts.nsec)
	return sec, nsec, nanotime()
}

// timeSleep is time.Sleep: park the goroutine until ns nanoseconds have passed.
//
//go:linkname timeSleep time.Sleep
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	gp := getg()
	t := &gp.sleep
	t.gp = gp
	t.f = nil
	t.c = nil
	t.period = 0
	t.when = dueTime(ns)
	lock(&timersLock)
	timerAdd(t)
	goparkunlock(&timersLock, "sleep")
}

// dueTime is the nanotime ns from now, saturated at "forever".
func dueTime(ns int64) int64 {
	when := nanotime() + ns
	if when < 0 {
		when = 1<<63 - 1
	}
	return when
}

// time_startTimer arms t (package time's timers).
//
//go:linkname time_startTimer time.startTimer
func time_startTimer(t *timer) {
	lock(&timersLock)
	timerDel(t)
	timerAdd(t)
	unlock(&timersLock)
}

// time_stopTimer disarms t; it reports whether t was pending.
//
//go:linkname time_stopTimer time.stopTimer
func time_stopTimer(t *timer) bool {
	lock(&timersLock)
	pending := timerDel(t)
	unlock(&timersLock)
	return pending
}

// time_resetTimer re-arms t for when (a nanotime) with the given period; it
// reports whether t was pending.
//
//go:linkname time_resetTimer time.resetTimer
func time_resetTimer(t *timer, when, period int64) bool {
	lock(&timersLock)
	pending := timerDel(t)
	t.when = when
	t.period = period
	timerAdd(t)
	unlock(&timersLock)
	return pending
}

// time_chanTrySend is a timer callback's non-blocking send.
//
//go:linkname time_chanTrySend time.chanTrySend
func time_chanTrySend(c *hchan, elem unsafe.Pointer) bool {
	return chansend(c, elem, false)
}

// time_markTimerChan flags c as the channel of a Timer or Ticker.
//
//go:linkname time_markTimerChan time.markTimerChan
func time_markTimerChan(c *hchan) {
	c.timer = true
}

// timerPoll runs the timers that are due. Receives from timer channels call it,
// so that a goroutine polling one (select with default) sees a timer that has
// expired although the goroutine never gave up the CPU.
func timerPoll() {
	if timerDue() {
		checkTimers()
	}
}

// timerDue reports whether the earliest timer is due.
func timerDue() bool {
	if len(timers) == 0 {
		return false
	}
	lock(&timersLock)
	due := len(timers) > 0 && timers[0].when <= nanotime()
	unlock(&timersLock)
	return due
}

//go:linkname time_when time.when
func time_when(d int64) int64 {
	if d <= 0 {
		return nanotime()
	}
	return dueTime(d)
}

func timerLess(a, b *timer) bool {
	return a.when < b.when
}

func timerSet(i int, t *timer) {
	timers[i] = t
	t.idx = i + 1
}

func timerUp(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !timerLess(timers[i], timers[parent]) {
			break
		}
		a, b := timers[parent], timers[i]
		timerSet(parent, b)
		timerSet(i, a)
		i = parent
	}
}

func timerDown(i int) {
	for {
		l := 2*i + 1
		if l >= len(timers) {
			break
		}
		m := l
		if r := l + 1; r < len(timers) && timerLess(timers[r], timers[l]) {
			m = r
		}
		if !timerLess(timers[m], timers[i]) {
			break
		}
		a, b := timers[i], timers[m]
		timerSet(i, b)
		timerSet(m, a)
		i = m
	}
}

// timerAdd puts t in the heap (timersLock held); a new earliest timer wakes the
// M waiting for timers, if any, to wait less.
func timerAdd(t *timer) {
	timers = append(timers, t)
	timerSet(len(timers)-1, t)
	timerUp(len(timers) - 1)
	if t.idx == 1 {
		wakeWaiter()
	}
}

// timerDel takes t out of the heap; false if it was not there.
func timerDel(t *timer) bool {
	if t.idx == 0 {
		return false
	}
	i := t.idx - 1
	t.idx = 0
	last := len(timers) - 1
	if i != last {
		timerSet(i, timers[last])
	}
	timers[last] = nil
	timers = timers[:last]
	if i < last {
		timerDown(i)
		timerUp(i)
	}
	return true
}

// checkTimers runs the timers whose time has come, earliest first. What they
// wake (sleepers, receivers of timer channels, AfterFunc goroutines) joins the
// end of the run queue in that order, not runnext: two timers due at once wake
// their goroutines in due order. Callbacks run without timersLock held.
func checkTimers() {
	if len(timers) == 0 {
		return
	}
	now := nanotime()
	mp := getg().m
	mp.readyLast++
	lock(&timersLock)
	for len(timers) > 0 && timers[0].when <= now {
		t := timers[0]
		timerDel(t)
		if t.f == nil {
			gp := t.gp
			unlock(&timersLock)
			readyLast(gp)
			lock(&timersLock)
			continue
		}
		if t.period > 0 {
			// Re-arm first (the callback may stop or reset it), skipping the
			// periods that have already gone by.
			t.when += t.period * (1 + (now-t.when)/t.period)
			if t.when < 0 {
				t.when = 1<<63 - 1
			}
			timerAdd(t)
		}
		f := t.f
		unlock(&timersLock)
		mp.preemptOff++
		f()
		mp.preemptOff--
		lock(&timersLock)
	}
	unlock(&timersLock)
	mp.readyLast--
}

// timerLive reports whether t can still wake some goroutine.
func timerLive(t *timer) bool {
	return t.f == nil || t.c == nil || t.c.recvq.first != nil
}

// timersLive reports whether a pending timer can wake anybody (no: a deadlock
// if nothing else can).
func timersLive() bool {
	lock(&timersLock)
	live := false
	for _, t := range timers {
		if timerLive(t) {
			live = true
			break
		}
	}
	unlock(&timersLock)
	return live
}
