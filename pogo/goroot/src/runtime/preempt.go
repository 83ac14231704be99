package runtime

import "unsafe"

// Preemption (cooperative, at compiler-placed checks).
//
// Code outside this package tests preemptFlag at every loop header and in the
// prologue of every function that makes calls (see pogo/compile/amd64/preempt.py).
// A monitor thread, sysmon, wakes every 20 us to 10 ms; when no goroutine switch
// has happened for 10 ms, the running goroutine has had the CPU long enough and
// sysmon sets the flag. The next check then calls preemptSave (machine code: save
// every register) which calls preemptPark, which yields like Gosched if anything
// else could run. The runtime's own code has no checks, so a goroutine is only
// ever switched out where it could have called Gosched itself. One flag serves
// every thread: sysmon also marks the P it wants to preempt (p.preempt), and the
// collector sets the flag to stop the world (stw.go). A check on another P that
// finds no request for itself clears the flag at once (else it would come back
// to preemptPark at every check until the other P's thread, perhaps descheduled
// by the OS, gets round to it); sysmon sets it again at its next look while a
// request is pending.
//
// sysmon starts with the second goroutine (a program that never says go pays
// nothing but the checks), runs with every signal blocked, never allocates, and
// lives on its own small stack outside the heap, so neither the allocator nor the
// collector need to know about it. Besides preemption it retakes Ps from system
// calls that last (mthread.go), which may make a new M (mmap and clone only).

// preemptFlag is nonzero when the running goroutine should yield at its next check.
var preemptFlag uint32

var sysmonStarted bool

// sysmonTick is how long the running goroutine may keep the CPU, in nanoseconds.
const sysmonTick = 10 * 1000 * 1000

var sysmonTs timespec

// preemptSave is the cold path of a check (an intrinsic): it saves all registers
// around a call of preemptPark.
func preemptSave()

// clone starts a thread running the code at fn on the stack below stk with gp as
// its g (R14); it returns the thread id or a negated errno (an intrinsic).
func clone(flags, stk, fn, gp uintptr) int

// preemptPark is called at a check that found preemptFlag set.
func preemptPark() {
	gp := getg()
	mp := gp.m
	if gp == mp.g0 || mp.preemptOff != 0 || mp.locks != 0 || gp.status != gRunning || gp == panickingG {
		return
	}
	if load32(&sched.gcwaiting) != 0 {
		switchToG0(actPreempt, nil)
		return
	}
	pp := mp.p
	if load32(&pp.preempt) == 0 {
		clearPreemptFlag()
		return
	}
	store32(&pp.preempt, 0)
	clearPreemptFlag()
	if len(pollfds) > 0 {
		netpoll(0)
	}
	if runqempty(pp) && sched.runqsize == 0 && !timerDue() {
		return
	}
	switchToG0(actYield, nil)
}

// clearPreemptFlag clears the flag unless the world is being stopped.
func clearPreemptFlag() {
	if load32(&sched.gcwaiting) == 0 {
		store32(&preemptFlag, 0)
	}
}

const (
	sysRtSigprocmask = 14
	sigSetmask       = 2
	cloneThread      = 0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000 // VM|FS|FILES|SIGHAND|THREAD|SYSVSEM
	sysmonStackSize  = 64 << 10
)

var sigsetAll uint64 = ^uint64(0)
var sigsetSaved uint64

// startSysmon starts the monitor thread with every signal blocked (the mask is
// inherited through clone, so it is blocked here around the call).
func startSysmon() {
	sysmonStarted = true
	if m0.g0 == nil {
		initm0g0()
	}
	stk := uintptr(mmap(sysmonStackSize)) + sysmonStackSize
	syscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&sigsetAll)), uintptr(unsafe.Pointer(&sigsetSaved)), 8, 0, 0)
	r := clone(cloneThread, stk, funcPC(sysmon), 0)
	syscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&sigsetSaved)), 0, 8, 0, 0)
	if r < 0 {
		throw("runtime: cannot create the monitor thread")
	}
}

// sysmon runs on its own thread forever; the process ends with exit_group. Its
// sleep doubles from 20 us to 10 ms while it has nothing to do. It asks a P to
// yield when no goroutine switch has happened on it for sysmonTick, and retakes
// a P from a system call that it sees twice, 20 us apart, while other work is
// waiting for it (mthread.go): a blocked write holds up the others for at most
// about 10 ms, and a stream of short system calls costs at most two wake-ups per
// sleep. It also wakes an idle P for queued work that woke nobody.
func sysmon() {
	base := int64(sysmonMinDelay)
	delay := base
	for {
		sysmonTs.sec = delay / 1000000000
		sysmonTs.nsec = delay % 1000000000
		syscall6(sysNanosleep, uintptr(unsafe.Pointer(&sysmonTs)), 0, 0, 0, 0, 0)
		now := sysmonNow()
		base *= 2
		if base > sysmonTick {
			base = sysmonTick
		}
		delay = base
		n := gomaxprocs
		pending := false
		for i := 0; i < n; i++ {
			pp := allp[i]
			v := load32(&pp.status)
			st := v & 0xff
			if st == pRunning {
				if load32(&pp.preempt) != 0 {
					pending = true
				}
				if t := pp.schedtick; t != pp.sysmonTick {
					pp.sysmonTick = t
					pp.sysmonWhen = now
				} else if now-pp.sysmonWhen >= sysmonTick {
					pp.sysmonWhen = now
					if mp := pp.m; mp != nil {
						if gp := mp.curg; gp != nil {
							store32(&pp.preempt, 1)
							store32(&preemptFlag, 1)
							// the next prologue check fails too (stack.go); a stale curg
							// only yields once, execute resets the bound
							gp.stackguard = stackPreempt
						}
					}
				}
				continue
			}
			if st != pSyscall {
				continue
			}
			if sc := pp.syscalltick; sc != pp.sysmonSys {
				pp.sysmonSys = sc
				pp.sysmonWhen = now
				delay = sysmonMinDelay // look again soon: is it the same call?
				base = sysmonMinDelay
				continue
			}
			if sysmonWork(pp) && cas32(&pp.status, v, pIdle) {
				handoffp(pp)
				base = sysmonMinDelay
				delay = base
			}
		}
		if pending {
			store32(&preemptFlag, 1)
		}
		if sched.runqsize > 0 && sched.npidle > 0 && sched.nmspinning == 0 {
			wakep()
		}
	}
}

const sysmonMinDelay = 20 * 1000

// sysmonWork reports whether anything but the goroutine in a system call could
// use pp (read while its owner is in the system call).
func sysmonWork(pp *p) bool {
	if !runqempty(pp) {
		return true
	}
	busy := sched.npidle == 0 && sched.nmspinning == 0
	return busy && (sched.runqsize > 0 || len(timers) > 0 || len(pollfds) > 0)
}

var sysmonClock timespec

func sysmonNow() int64 {
	syscall6(sysClockGettime, clockMonotonic, uintptr(unsafe.Pointer(&sysmonClock)), 0, 0, 0, 0)
	return sysmonClock.sec*1000000000 + sysmonClock.nsec
}
