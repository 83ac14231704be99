package runtime

import "unsafe"

// Sleeping goroutines wait in a min-heap ordered by wake-up time. The scheduler
// readies those whose time has come each time it runs, and when nothing else is
// runnable it sleeps (nanosleep) until the earliest one. A program whose goroutines
// are all blocked with no sleeper left is deadlocked.

var timers []*g

const (
	sysNanosleep    = 35
	sysClockGettime = 228
	clockMonotonic  = 1
)

type timespec struct {
	sec  int64
	nsec int64
}

// tsbuf is the system calls' timespec: a local whose address is taken would be a
// heap allocation each time (no escape analysis yet). One thread uses it; each M
// will need its own.
var tsbuf timespec

func nanotime() int64 {
	ts := &tsbuf
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
	ts := &tsbuf
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
	gp := curg
	gp.when = nanotime() + ns
	if gp.when < 0 { // overflow: sleep "forever"
		gp.when = 1<<63 - 1
	}
	timerPush(gp)
	gopark("sleep")
}

func timerPush(gp *g) {
	timers = append(timers, gp)
	i := len(timers) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if timers[parent].when <= timers[i].when {
			break
		}
		timers[parent], timers[i] = timers[i], timers[parent]
		i = parent
	}
}

func timerPop() *g {
	top := timers[0]
	last := len(timers) - 1
	timers[0] = timers[last]
	timers[last] = nil
	timers = timers[:last]
	i := 0
	for {
		l := 2*i + 1
		if l >= len(timers) {
			break
		}
		m := l
		if r := l + 1; r < len(timers) && timers[r].when < timers[l].when {
			m = r
		}
		if timers[i].when <= timers[m].when {
			break
		}
		timers[i], timers[m] = timers[m], timers[i]
		i = m
	}
	return top
}

// checkTimers readies the sleepers whose wake-up time has passed, earliest first.
func checkTimers() {
	if len(timers) == 0 {
		return
	}
	now := nanotime()
	for len(timers) > 0 && timers[0].when <= now {
		readyLast(timerPop())
	}
}

// sleepUntilTimer sleeps until the earliest timer is due; false if there is none.
func sleepUntilTimer() bool {
	if len(timers) == 0 {
		return false
	}
	d := timers[0].when - nanotime()
	if d > 0 {
		ts := &tsbuf
		ts.sec = d / 1000000000
		ts.nsec = d % 1000000000
		syscall6(sysNanosleep, uintptr(unsafe.Pointer(ts)), 0, 0, 0, 0, 0)
	}
	return true
}
