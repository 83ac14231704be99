package runtime

import "unsafe"

const (
	sysClockGettime = 228
	clockRealtime   = 0
	clockMonotonic  = 1
)

// clockRead returns the clock's reading in seconds and nanoseconds.
func clockRead(clock uintptr) (int64, int64) {
	var ts [2]int64
	syscall6(sysClockGettime, clock, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0, 0)
	return ts[0], ts[1]
}

// timeNow is time.now: the wall clock, and the monotonic clock in
// nanoseconds (clock_gettime as a system call; the vDSO is not used).
//
//go:linkname timeNow time.now
func timeNow() (sec int64, nsec int32, mono int64) {
	s, ns := clockRead(clockRealtime)
	ms, mns := clockRead(clockMonotonic)
	return s, int32(ns), ms*1e9 + mns
}
