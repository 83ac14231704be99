package runtime

import "unsafe"

// OS threads (Ms) and system calls that block.
//
// An M runs goroutines while it holds a P (sched.go). entersyscall marks the P
// as in a system call (pSyscall) and keeps it; if the call is quick, exitsyscall
// takes the P back with one compare-and-swap. When the call lasts (a write to a
// full pipe, a read of a terminal, a FIFO open) and there is other work, the
// monitor thread (sysmon, preempt.go) retakes the P with the same
// compare-and-swap and hands it to an idle M, or a new one; the collector's
// stop-the-world takes it the same way. A P in a system call has the call's
// sequence number (syscalltick) in its status word above the state, so an M back
// from a call cannot take back a P that has since been given away and entered
// another system call. When the slow call returns, the
// compare-and-swap fails: the goroutine switches to its M's g0, which takes an
// idle P if there is one, else queues the goroutine on the global run queue and
// parks the M. A goroutine in a system call saved its stack pointer in
// entersyscall (the collector scans its stack from there) and cannot touch the
// heap again until it has a P.
//
// Ms never exit; they are reused. m and g0 structures live outside the heap (sysmon
// makes them and must not allocate); nothing on a g0 stack holds the only
// reference to a heap object (only gs, which allg keeps alive), so g0 stacks are not
// scanned.

type m struct {
	g0         *g
	id         int64
	park       uint32 // futex word: set to 1 when the M is given nextp
	idlelink   *m
	ts         timespec // for futex timeouts
	tsbuf      timespec // for clock_gettime and ppoll (a local would be a heap cell)
	pollOne    pollfd   // waitRead's poll
	sigst      stackt
	sigmask    uint64 // the signal mask its thread starts with (none blocked)
	sigsaved   uint64 // the mask around a clone
	p          *p     // the P it holds (or held before a system call)
	nextp      *p     // the P startm gives it
	curg       *g     // the goroutine it runs
	spinning   bool   // looking for work (sched.nmspinning)
	locks      int32  // runtime locks held (lock_futex.go)
	action     int    // what g0 does with curg after a switch (afterSwitch)
	waitlock   *mutex // released by g0 after a park
	readyLast  int32  // > 0: ready queues at the tail (timer callbacks)
	preemptOff int32  // > 0: no preemption (timer callbacks run on g0)
	fastrand   uint64
	syscallseq uint32 // the P's syscalltick when this M's system call began
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
	mp := gp.m
	pp := mp.p
	pp.syscalltick++
	mp.syscallseq = pp.syscalltick
	store32(&pp.status, pSyscall|pp.syscalltick<<8)
}

// syscall_exitsyscall is called after the system call; it returns once the
// goroutine owns a P again.
//
//go:linkname syscall_exitsyscall syscall.runtime_exitsyscall
func syscall_exitsyscall() {
	gp := getg()
	mp := gp.m
	if cas32(&mp.p.status, pSyscall|mp.syscallseq<<8, pRunning) {
		xadd32(&sched.nsyscall, -1)
		gp.status = gRunning
		return
	}
	// The P was taken (only sysmon takes one: a lazy edge on startSysmon): g0
	// finds another or queues this goroutine.
	switchToG0(actSyscall, nil)
}

// exitsyscallG0 runs on g0 for a goroutine whose system call lost its P.
func exitsyscallG0(mp *m, gp *g) {
	mp.p = nil
	lock(&sched.lock)
	xadd32(&sched.nsyscall, -1)
	gp.status = gRunnable
	pp := pidleget()
	if pp == nil {
		sched.runq.push(gp)
		store32((*uint32)(unsafe.Pointer(&sched.runqsize)), uint32(sched.runq.n))
		unlock(&sched.lock)
		return
	}
	unlock(&sched.lock)
	acquirep(mp, pp)
	runqput(pp, gp, true)
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

var mcount int64

// newm makes an M (m, g0 and stacks outside the heap) that starts with pp, and
// starts its thread. Threads are created with every signal blocked (as sysmon
// runs); mstart restores the M's mask.
func newm(pp *p, spinning bool) {
	mem := mmap(4096)
	mp := (*m)(mem)
	gp := (*g)(unsafe.Add(mem, (unsafe.Sizeof(m{})+15)&^15))
	mp.id = xadd64(&mcount, 1)
	mp.g0 = gp
	mp.nextp = pp
	mp.spinning = spinning
	mp.park = 1
	mp.fastrand = cputicks() | 1
	gp.m = mp
	gp.status = gRunning
	gp.stackLo, gp.stackHi = fixedStackAlloc()
	gp.fixedStack = true
	stackguardReset(gp)
	me := mp
	if g := getg(); g != nil {
		me = g.m // the creating thread's mask is saved in its own M
	}
	syscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&sigsetAll)), uintptr(unsafe.Pointer(&me.sigsaved)), 8, 0, 0)
	r := clone(cloneThread, gp.stackHi, funcPC(mstart), uintptr(unsafe.Pointer(gp)))
	syscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&me.sigsaved)), 0, 8, 0, 0)
	if r < 0 {
		throw("runtime: cannot create a thread")
	}
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

