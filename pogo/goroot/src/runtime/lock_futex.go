package runtime

import "unsafe"

// Locks and sleeping for threads, on Linux futexes.
//
// A mutex word is 0 (free), 1 (held) or 2 (held, and somebody may be asleep on
// it): an uncontended lock and unlock are one atomic instruction each, and only
// an unlock that finds 2 makes the wake-up system call. Nothing here allocates,
// so threads that do not own the P (see mthread.go) may use it.

const (
	sysFutex  = 202
	futexWait = 0 | 128 // FUTEX_WAIT | FUTEX_PRIVATE_FLAG
	futexWake = 1 | 128
)

// The runtime's atomics (intrinsics, the code of sync/atomic's).
func cas32(addr *uint32, old, new uint32) bool
func xchg32(addr *uint32, v uint32) uint32
func xadd32(addr *int32, delta int32) int32
func load32(addr *uint32) uint32
func store32(addr *uint32, v uint32)
func xadd64(addr *int64, delta int64) int64
func load64(addr *int64) int64
func casuintptr(addr *uintptr, old, new uintptr) bool
func xchguintptr(addr *uintptr, v uintptr) uintptr
func loaduintptr(addr *uintptr) uintptr
func storeuintptr(addr *uintptr, v uintptr)

type mutex struct {
	key uint32
}

func lock(l *mutex) {
	if gp := getg(); gp != nil {
		gp.m.locks++
	}
	if cas32(&l.key, 0, 1) {
		return
	}
	for xchg32(&l.key, 2) != 0 {
		futexsleep(&l.key, 2, -1, nil)
	}
}

func unlock(l *mutex) {
	if xchg32(&l.key, 0) == 2 {
		futexwakeup(&l.key, 1)
	}
	if gp := getg(); gp != nil {
		gp.m.locks--
	}
}

// osyield gives the CPU to another thread (sched_yield).
func osyield() {
	syscall6(24, 0, 0, 0, 0, 0, 0)
}

// futexsleep waits while *addr == val, at most ns nanoseconds when ns >= 0 (ts
// is the caller's per-thread timespec for the timeout). It may return early.
func futexsleep(addr *uint32, val uint32, ns int64, ts *timespec) {
	tsp := uintptr(0)
	if ns >= 0 {
		ts.sec = ns / 1000000000
		ts.nsec = ns % 1000000000
		tsp = uintptr(unsafe.Pointer(ts))
	}
	syscall6(sysFutex, uintptr(unsafe.Pointer(addr)), futexWait, uintptr(val), tsp, 0, 0)
}

// futexwakeup wakes up to n threads sleeping on addr.
func futexwakeup(addr *uint32, n int) {
	syscall6(sysFutex, uintptr(unsafe.Pointer(addr)), futexWake, uintptr(n), 0, 0, 0)
}
