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
// every thread: only the M that owns the P runs Go code (mthread.go).
//
// sysmon starts with the second goroutine (a program that never says go pays
// nothing but the checks), runs with every signal blocked, never allocates, and
// lives on its own small stack outside the heap, so neither the allocator nor the
// collector need to know about it. Besides preemption it retakes the P from a
// system call that lasts (mthread.go), which may make a new M (mmap and clone
// only).

// preemptFlag is nonzero when the running goroutine should yield at its next check.
var preemptFlag uint32

// schedtick counts goroutine switches; sysmon watches it.
var schedtick uint64

// preemptOff is nonzero while the scheduler runs code outside the runtime that
// must not switch goroutines (timer callbacks run from inside schedule).
var preemptOff int

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
	preemptFlag = 0
	if preemptOff != 0 || getg().status != gRunning {
		return
	}
	netpoll(0)
	if pp.runnext == nil && pp.runq.n == 0 && sched.runq.n == 0 && (len(timers) == 0 || timers[0].when > nanotime()) {
		return
	}
	Gosched()
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
	initm0g0()
	stk := uintptr(mmap(sysmonStackSize)) + sysmonStackSize
	syscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&sigsetAll)), uintptr(unsafe.Pointer(&sigsetSaved)), 8, 0, 0)
	r := clone(cloneThread, stk, funcPC(sysmon), 0)
	syscall6(sysRtSigprocmask, sigSetmask, uintptr(unsafe.Pointer(&sigsetSaved)), 0, 8, 0, 0)
	if r < 0 {
		throw("runtime: cannot create the monitor thread")
	}
}

// sysmon runs on its own thread forever; the process ends with exit_group. Its
// sleep doubles from 20 us to 10 ms while it has nothing to do. It sets
// preemptFlag when no goroutine switch has happened for sysmonTick, and retakes
// the P from a system call that it sees twice, 20 us apart, while other work is
// waiting (mthread.go): a blocked write holds up the others for at most about
// 10 ms, and a stream of short system calls costs at most two wake-ups per sleep.
func sysmon() {
	last := schedtick
	lastSwitch := sysmonNow()
	lastSyscall := uint32(0)
	sawSyscall := false
	base := int64(sysmonMinDelay)
	delay := base
	for {
		sysmonTs.sec = delay / 1000000000
		sysmonTs.nsec = delay % 1000000000
		syscall6(sysNanosleep, uintptr(unsafe.Pointer(&sysmonTs)), 0, 0, 0, 0, 0)
		now := sysmonNow()
		if t := schedtick; t != last {
			last = t
			lastSwitch = now
		} else if now-lastSwitch >= sysmonTick {
			preemptFlag = 1
			if gp := curg; gp != nil {
				gp.stackguard = stackPreempt // the next prologue check fails (stack.go)
			}
			lastSwitch = now
		}
		base *= 2
		if base > sysmonTick {
			base = sysmonTick
		}
		delay = base
		if load32(&pp.status) != pSyscall {
			sawSyscall = false
			continue
		}
		st := pp.syscalltick
		if !sawSyscall || st != lastSyscall {
			sawSyscall = true
			lastSyscall = st
			delay = sysmonMinDelay // look again soon: is it the same call?
			continue
		}
		sawSyscall = false
		if sysmonWork() && cas32(&pp.status, pSyscall, pHandoff) {
			handoffp()
			base = sysmonMinDelay
			delay = base
		}
	}
}

const sysmonMinDelay = 20 * 1000

// sysmonWork reports whether anything but the goroutine in a system call could
// use the P (read while the P's owner is in the system call).
func sysmonWork() bool {
	return pp.runnext != nil || pp.runq.n > 0 || sched.runq.n > 0 || len(timers) > 0 || len(pollfds) > 0
}

var sysmonClock timespec

func sysmonNow() int64 {
	syscall6(sysClockGettime, clockMonotonic, uintptr(unsafe.Pointer(&sysmonClock)), 0, 0, 0, 0)
	return sysmonClock.sec*1000000000 + sysmonClock.nsec
}
