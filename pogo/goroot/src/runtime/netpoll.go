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

// The waiting goroutines and their descriptors, in parallel, under netpollLock.
var pollfds []pollfd
var pollgs []*g
var netpollLock mutex

// waitRead is syscall.runtime_waitRead: return when a read of fd will not block
// (or nothing else could run meanwhile anyway).
//
//go:linkname syscall_waitRead syscall.runtime_waitRead
func syscall_waitRead(fd int) {
	if sched.ngsys <= 1 && len(timers) == 0 {
		return
	}
	mp := getg().m
	mp.pollOne = pollfd{fd: int32(fd), events: pollIn}
	mp.tsbuf = timespec{}
	n, e := syscall6(sysPpoll, uintptr(unsafe.Pointer(&mp.pollOne)), 1, uintptr(unsafe.Pointer(&mp.tsbuf)), 0, 8, 0)
	if e != 0 || n != 0 {
		return // ready, or an error the read will report
	}
	lock(&netpollLock)
	pollfds = append(pollfds, pollfd{fd: int32(fd), events: pollIn})
	pollgs = append(pollgs, getg())
	wakeWaiter()
	goparkunlock(&netpollLock, "IO wait")
}

// netpoll readies the goroutines whose descriptors are ready, without waiting.
func netpoll(ns int64) {
	if len(pollfds) == 0 {
		return
	}
	lock(&netpollLock)
	if len(pollfds) == 0 {
		unlock(&netpollLock)
		return
	}
	ts := &getg().m.tsbuf
	*ts = timespec{}
	for i := range pollfds {
		pollfds[i].revents = 0
	}
	n, e := syscall6(sysPpoll, uintptr(unsafe.Pointer(&pollfds[0])), uintptr(len(pollfds)), uintptr(unsafe.Pointer(ts)), 0, 8, 0)
	if e != 0 || n == 0 {
		unlock(&netpollLock)
		return
	}
	var ready *g
	j := 0
	for i := range pollfds {
		if pollfds[i].revents != 0 {
			gp := pollgs[i]
			gp.schedlink = ready
			ready = gp
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
	unlock(&netpollLock)
	// in the order they were found (the list is reversed)
	var rev *g
	for ready != nil {
		next := ready.schedlink
		ready.schedlink = rev
		rev = ready
		ready = next
	}
	for rev != nil {
		next := rev.schedlink
		rev.schedlink = nil
		readyLast(rev)
		rev = next
	}
}

// pollWaitBuf is the waiting M's copy of the descriptors (one waiter at a time).
var pollWaitBuf [64]pollfd

// netpollBlock is the idle waiter's wait (no P): until one of the descriptors
// is ready or ns nanoseconds have passed. The goroutines are readied by the
// next netpoll of an M with a P.
func netpollBlock(ns int64) {
	lock(&netpollLock)
	n := len(pollfds)
	if n > len(pollWaitBuf) {
		n = len(pollWaitBuf)
	}
	for i := 0; i < n; i++ {
		pollWaitBuf[i] = pollfds[i]
		pollWaitBuf[i].revents = 0
	}
	unlock(&netpollLock)
	if n == 0 {
		return
	}
	ts := &getg().m.tsbuf
	*ts = timespec{sec: ns / 1000000000, nsec: ns % 1000000000}
	syscall6(sysPpoll, uintptr(unsafe.Pointer(&pollWaitBuf[0])), uintptr(n), uintptr(unsafe.Pointer(ts)), 0, 8, 0)
}
