package runtime

import "unsafe"

// Blocking reads without blocking the other goroutines.
//
// A read(2) that waits (a pipe or terminal with no data yet, typically os.Stdin)
// would hold its thread, and, until sysmon hands the P to another thread
// (mthread.go), the other goroutines. Parking the goroutine is cheaper and
// immediate, and needs no thread per waiting reader. So before a read,
// when some other goroutine or timer exists, package syscall asks the runtime
// (waitRead): a zero-timeout poll(2) on the descriptor says whether data (or
// end of file, or an error) is there; if not, the goroutine parks in the wait
// list below with reason "IO wait". The descriptor itself stays blocking: it is
// shared with other processes (the shell's terminal), so its flags are not ours
// to change. The scheduler polls the waiting descriptors without blocking every
// 64 switches and at every preemption tick, and when nothing is runnable it
// waits in ppoll(2) until a descriptor is ready or the earliest timer is due —
// a goroutine waiting for input is never a deadlock, as in gc, where it would
// be in a system call. Regular files always poll ready and never park.

type pollfd struct {
	fd      int32
	events  int16
	revents int16
}

const (
	sysPpoll = 271
	pollIn   = 0x1
)

// The waiting goroutines and their descriptors, in parallel.
var pollfds []pollfd
var pollgs []*g

// pollOne is the zero-timeout poll of waitRead (a global: locals whose address
// is taken would be heap cells).
var pollOne pollfd
var pollTs timespec

// waitRead is syscall.runtime_waitRead: return when a read of fd will not block
// (or nothing else could run meanwhile anyway).
//
//go:linkname syscall_waitRead syscall.runtime_waitRead
func syscall_waitRead(fd int) {
	if sched.ngsys <= 1 && len(timers) == 0 {
		return
	}
	pollOne = pollfd{fd: int32(fd), events: pollIn}
	pollTs = timespec{}
	n, e := syscall6(sysPpoll, uintptr(unsafe.Pointer(&pollOne)), 1, uintptr(unsafe.Pointer(&pollTs)), 0, 8, 0)
	if e != 0 || n != 0 {
		return // ready, or an error the read will report
	}
	pollfds = append(pollfds, pollfd{fd: int32(fd), events: pollIn})
	pollgs = append(pollgs, getg())
	gopark("IO wait")
}

// netpoll readies the goroutines whose descriptors are ready, waiting at most
// ns nanoseconds for one (ns < 0: as long as it takes, 0: not at all).
func netpoll(ns int64) {
	if len(pollfds) == 0 {
		return
	}
	tsp := uintptr(0)
	if ns >= 0 {
		pollTs = timespec{sec: ns / 1000000000, nsec: ns % 1000000000}
		tsp = uintptr(unsafe.Pointer(&pollTs))
	}
	for i := range pollfds {
		pollfds[i].revents = 0
	}
	n, e := syscall6(sysPpoll, uintptr(unsafe.Pointer(&pollfds[0])), uintptr(len(pollfds)), tsp, 0, 8, 0)
	if e != 0 || n == 0 {
		return
	}
	j := 0
	for i := range pollfds {
		if pollfds[i].revents != 0 {
			readyLast(pollgs[i])
			continue
		}
		pollfds[j] = pollfds[i]
		pollgs[j] = pollgs[i]
		j++
	}
	for k := j; k < len(pollgs); k++ {
		pollgs[k] = nil
	}
	pollfds = pollfds[:j]
	pollgs = pollgs[:j]
}

// netpollWait is the idle scheduler's wait: for a descriptor, or until the
// earliest timer is due.
func netpollWait() {
	ns := int64(-1)
	if len(timers) > 0 {
		ns = timers[0].when - nanotime()
		if ns < 0 {
			ns = 0
		}
	}
	netpoll(ns)
}
