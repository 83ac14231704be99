package runtime

import "unsafe"

// OS threads (Ms) and system calls that block.
//
// There is one P (the right to run Go code) and any number of Ms (threads). The M
// that owns the P runs goroutines and the scheduler; an M without it is either in
// a system call with its goroutine, or parked on a futex. So all of the runtime's
// state (heap, collector, channels, timers, run queue) is only ever touched by one
// thread at a time, as before, and the collector's world is stopped by
// construction: a goroutine in a system call saved its stack pointer in
// entersyscall (its stack is scanned from there) and cannot touch the heap again
// until it owns the P.
//
// entersyscall marks the P as in a system call (pSyscall) and returns; if the call
// is quick, exitsyscall takes the P back with one compare-and-swap. When the call
// lasts (a write to a full pipe, a read of a terminal, a FIFO open) and there is
// other work, the monitor thread (sysmon, preempt.go) retakes the P with the same
// compare-and-swap and hands it to an idle M, or a new one. Such an M runs the
// scheduler on its g0, a small stack of its own. When the slow call returns, its
// compare-and-swap fails: the M switches to its g0, which puts the goroutine on
// the global run queue (sched.runq), wakes the P's owner if it is idle, and parks.
//
// Ms never exit; they are reused. m and g0 structures live outside the heap (sysmon
// makes them and must not allocate); nothing on a g0 stack holds the only
// reference to a heap object (only gs, which allg keeps alive), so g0 stacks are not
// scanned.

// P states.
const (
	pRunning = iota // an M runs goroutines or the scheduler with it
	pSyscall        // its M is in a system call; sysmon may retake it
	pHandoff        // retaken by sysmon, being given to another M
)

type m struct {
	g0       *g
	id       int64
	park     uint32 // futex word: set to 1 when the M is given the P
	pending  *g     // a goroutine back from a system call that g0 must queue
	idlelink *m
	ts       timespec // for futex timeouts
	sigst    stackt
	sigmask  uint64
}

var m0 m

// syscall_entersyscall is called by package syscall before a system call that
// may block: the goroutine keeps its M, the P may go elsewhere meanwhile.
//
//go:linkname syscall_entersyscall syscall.runtime_entersyscall
func syscall_entersyscall() {
	gp := getg()
	gp.sched.sp = getfp() // the collector scans this stack from here
	gp.status = gSyscall
	xadd32(&sched.nsyscall, 1)
	pp.syscalltick++
	xchg32(&pp.status, pSyscall)
}

// syscall_exitsyscall is called after the system call; it returns once the
// goroutine owns the P again.
//
//go:linkname syscall_exitsyscall syscall.runtime_exitsyscall
func syscall_exitsyscall() {
	gp := getg()
	if cas32(&pp.status, pSyscall, pRunning) {
		xadd32(&sched.nsyscall, -1)
		gp.status = gRunning
		return
	}
	// sysmon gave the P away: let g0 queue this goroutine (it must have left its
	// stack first), and continue when the P's owner schedules it.
	mp := gp.m
	mp.pending = gp
	setg(mp.g0)
	swapctx(&gp.sched, &mp.g0.sched)
}

// mstart is the first function of a new M (clone sets R14 to its g0).
func mstart() {
	mp := getg().m
	// Each thread needs its own signal stack; sysmon, which made this one,
	// runs with every signal blocked.
	mp.sigst.sp = uintptr(mmap(sigStackSize))
	mp.sigst.size = sigStackSize
	syscall6(sysSigaltstack, uintptr(unsafe.Pointer(&mp.sigst)), 0, 0, 0, 0, 0)
	syscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&mp.sigmask)), 0, 8, 0, 0)
	mloop(mp)
}

// g0entry starts m0's g0 the first time m0 switches to it.
func g0entry() {
	mloop(getg().m)
}

// mloop is what every g0 runs: queue the goroutine back from a system call, park
// until given the P, run goroutines (schedule returns when one of them leaves a
// system call too late and switches back here).
func mloop(mp *m) {
	for {
		if gp := mp.pending; gp != nil {
			mp.pending = nil
			lock(&sched.lock)
			gp.status = gRunnable
			sched.runq.push(gp)
			xadd32(&sched.nsyscall, -1)
			mp.park = 0
			mp.idlelink = sched.idlem
			sched.idlem = mp
			if sched.idleWaiting {
				sched.wake = 1
				futexwakeup(&sched.wake, 1)
			}
			unlock(&sched.lock)
		}
		for load32(&mp.park) == 0 {
			futexsleep(&mp.park, 0, -1, nil)
		}
		schedule()
	}
}

// handoffp gives the P (retaken by sysmon) to an idle M or a new one. It runs on
// sysmon's thread, so it must not allocate.
func handoffp() {
	lock(&sched.lock)
	mp := sched.idlem
	if mp != nil {
		sched.idlem = mp.idlelink
		mp.idlelink = nil
	}
	unlock(&sched.lock)
	if mp == nil {
		mp = newm()
	}
	xchg32(&pp.status, pRunning)
	xchg32(&mp.park, 1)
	futexwakeup(&mp.park, 1)
}

var mcount int64

// newm makes an M (m, g0 and stacks outside the heap) and starts its thread.
func newm() *m {
	mem := mmap(4096)
	mp := (*m)(mem)
	gp := (*g)(unsafe.Add(mem, (unsafe.Sizeof(m{})+15)&^15))
	mcount++
	mp.id = mcount
	mp.g0 = gp
	gp.m = mp
	gp.status = gRunning
	gp.stackLo, gp.stackHi = fixedStackAlloc()
	gp.fixedStack = true
	stackguardReset(gp)
	r := clone(cloneThread, gp.stackHi, funcPC(mstart), uintptr(unsafe.Pointer(gp)))
	if r < 0 {
		throw("runtime: cannot create a thread")
	}
	return mp
}

// initm0g0 gives the main thread's M a g0 (before the first other goroutine).
func initm0g0() {
	mem := mmap(4096)
	gp := (*g)(mem)
	gp.m = &m0
	gp.status = gRunning
	gp.stackLo, gp.stackHi = fixedStackAlloc()
	gp.fixedStack = true
	stackguardReset(gp)
	sp := gp.stackHi - 8 // a zero return address, as newproc makes
	*(*uintptr)(unsafe.Pointer(sp)) = 0
	gp.sched.sp = sp
	gp.sched.pc = funcPC(g0entry)
	m0.g0 = gp
}

// idleWait is the P owner's wait when nothing is runnable but goroutines are in
// system calls: until one comes back (mloop wakes it), or ns nanoseconds (< 0:
// no limit) pass. It reports false if there was nothing to wait for.
func idleWait(ns int64) bool {
	lock(&sched.lock)
	if sched.runq.n > 0 {
		unlock(&sched.lock)
		return true
	}
	if sched.nsyscall == 0 {
		unlock(&sched.lock)
		return false
	}
	sched.wake = 0
	sched.idleWaiting = true
	unlock(&sched.lock)
	futexsleep(&sched.wake, 0, ns, &getg().m.ts)
	lock(&sched.lock)
	sched.idleWaiting = false
	unlock(&sched.lock)
	return true
}

// globrunqget takes a goroutine back from a system call off the global queue.
func globrunqget() *g {
	if sched.runq.n == 0 { // read without the lock: only an optimisation
		return nil
	}
	lock(&sched.lock)
	gp := sched.runq.pop()
	unlock(&sched.lock)
	return gp
}
