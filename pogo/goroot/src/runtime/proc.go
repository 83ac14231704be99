package runtime

import "unsafe"

// Goroutines and the scheduler: many OS threads (Ms, see mthread.go), one P.
//
// Every goroutine is a g with its own small stack that grows by copying (stack.go). A goroutine
// runs until it blocks (channel, select, sync, sleep, a read that would wait — see
// netpoll.go), yields (Gosched), is preempted (preempt.go: compiler-placed checks
// of a flag that the monitor thread sets when one goroutine has had the CPU for
// 10 ms) or exits; then schedule picks the next runnable g and swapctx, a
// code-generator intrinsic, saves the current SP/FP/resume PC in the old g and
// loads the new g's. The scheduling code runs on the stack of the goroutine that
// gives up the CPU (or on an M's g0 when that M has just been given the P): this
// is safe because only the M owning the single P runs Go code, so nobody can
// resume the departing g before it has left its stack. The main goroutine
// (goid 1) runs on the OS thread's own stack. The current g lives in R14 (getg and
// setg are intrinsics; the register allocator never hands R14 out), so each
// thread has its own.
//
// A goroutine in a system call that blocks (a full pipe, a terminal) keeps its
// thread while the P moves to another M, so the other goroutines go on; but Go
// code never runs on two threads at once, whatever GOMAXPROCS says. Running Ps
// in parallel needs locks around the heap, the collector's stop-the-world,
// channels, timers and the runtime's other globals, and per-P run queues.

// gobuf is a suspended goroutine's machine state; swapctx relies on this layout.
// The last four words carry RBX, R12, R13 and R15 (see amd64/intrinsics.py).
type gobuf struct {
	sp   uintptr
	fp   uintptr
	pc   uintptr
	regs [4]uintptr
}

// Goroutine states.
const (
	gIdle = iota
	gRunnable
	gRunning
	gWaiting
	gDead
	gSyscall // in a system call, on its own M (mthread.go)
)

type g struct {
	sched      gobuf          // must stay the first field (swapctx)
	stackguard uintptr        // prologue checks compare RSP with it (stack.go; offset 56)
	stackctxt  unsafe.Pointer // RDX while morestack runs (offset 64)
	goid       int64
	status     int
	waitreason string
	fn         func()
	defers     *deferRecord // this goroutine's defer stack
	panics     *panicRecord // and its active panics
	schedlink  *g           // run queue or free list link
	alllink    *g           // every g ever created, in goid order of creation
	stackLo    uintptr      // usable stack [stackLo, stackHi), see stack.go
	stackHi    uintptr
	stackOld   uintptr // a stack just left by a copy, freed by stackfreeold
	stackOldSz uintptr
	fixedStack bool   // the main goroutine's and g0s' stacks never move
	param      *sudog // the sudog whose operation woke this g (select)
	waiting    *sudog // the sudogs of a blocked select, linked by waitlink
	selectDone bool   // a select case has already been chosen for this g
	sleep      timer  // time.Sleep's timer
	sel        *selectState
	gopc       uintptr // the return address of the go statement's newproc call
	parentGoid int64   // the goroutine that executed it
	m          *m      // the M running it (set when it is switched in)
}

// gQueue is a FIFO of goroutines linked through schedlink.
type gQueue struct {
	head *g
	tail *g
	n    int
}

func (q *gQueue) push(gp *g) {
	gp.schedlink = nil
	if q.tail == nil {
		q.head = gp
	} else {
		q.tail.schedlink = gp
	}
	q.tail = gp
	q.n++
}

func (q *gQueue) pop() *g {
	gp := q.head
	if gp != nil {
		q.head = gp.schedlink
		if q.head == nil {
			q.tail = nil
		}
		gp.schedlink = nil
		q.n--
	}
	return gp
}

// p is a logical processor: the goroutines ready to run on it. runnext holds a g
// readied by the running goroutine; it runs before the queue, as in gc, so a
// goroutine woken by a channel operation (or just started) runs next.
type p struct {
	runnext     *g
	runq        gQueue
	status      uint32 // pRunning, pSyscall, pHandoff (mthread.go)
	syscalltick uint32 // counts system calls, for sysmon
}

type schedt struct {
	goidgen  int64
	ngsys    int // goroutines that exist and are not dead
	gfree    *g  // dead goroutines whose stacks can be reused
	allg     *g
	allgtail *g

	// For threads (mthread.go); lock protects runq, idlem, wake, idleWaiting.
	lock        mutex
	runq        gQueue // goroutines back from system calls after the P moved on
	nsyscall    int32  // goroutines in system calls (atomic)
	idlem       *m     // parked Ms
	wake        uint32 // futex word of the P owner's idleWait
	idleWaiting bool
}

var sched schedt
var pp p
var maing g
var curg *g // the goroutine running on the P, for sysmon (stack.go: preemption)

// schedinit makes the running code the main goroutine.
func schedinit() {
	maing.goid = 1
	maing.status = gRunning
	maing.m = &m0
	maing.fixedStack = true
	curg = &maing
	sched.goidgen = 1
	sched.ngsys = 1
	sched.allg = &maing
	sched.allgtail = &maing
	setg(&maing)
	seedrand()
	gomaxprocs = gomaxprocsEnv()
}

// newproc starts a goroutine running fn (a closure of no arguments: the compiler
// evaluated the go statement's function and arguments into it).
func newproc(fn func()) {
	gp := sched.gfree
	if gp != nil {
		sched.gfree = gp.schedlink
		gp.schedlink = nil
	} else {
		gp = new(g)
		sched.allgtail.alllink = gp
		sched.allgtail = gp
	}
	gstackInit(gp)
	sched.goidgen++
	gp.goid = sched.goidgen
	gp.fn = fn
	gp.gopc = *(*uintptr)(unsafe.Pointer(getfp() + 8))
	gp.parentGoid = getg().goid
	gp.defers = nil
	gp.panics = nil
	gp.waitreason = ""
	// The new stack holds a zero return address; goentry starts as if called.
	sp := gp.stackHi - 8
	*(*uintptr)(unsafe.Pointer(sp)) = 0
	gp.sched.sp = sp
	gp.sched.fp = 0
	gp.sched.pc = funcPC(goentry)
	sched.ngsys++
	ready(gp)
	if !sysmonStarted {
		startSysmon()
	}
}

// funcPC returns the code address of a func value (word 0 of its closure).
func funcPC(f func()) uintptr {
	return **(**uintptr)(unsafe.Pointer(&f))
}

// gonilfunc reports a go statement whose function value is nil, as gc does.
func gonilfunc() {
	throw("go of nil func value")
}

// goentry is the first frame of every goroutine but main.
func goentry() {
	getg().fn()
	goexit1()
}

// goexit1 ends the current goroutine; its g and stack go to the free list.
func goexit1() {
	gp := getg()
	gp.status = gDead
	gp.fn = nil
	gp.defers = nil
	gp.panics = nil
	sched.ngsys--
	// switchto puts gp on the free list once it has left its stack: a timer
	// run by schedule may start a goroutine, which must not reuse this one.
	schedule()
	throw("dead goroutine resumed")
}

// ready makes gp runnable, to run next: the previous runnext goes to the queue.
func ready(gp *g) {
	gp.status = gRunnable
	if pp.runnext != nil {
		pp.runq.push(pp.runnext)
	}
	pp.runnext = gp
}

// readyLast makes gp runnable at the end of the queue.
func readyLast(gp *g) {
	gp.status = gRunnable
	pp.runq.push(gp)
}

func runqget() *g {
	if gp := pp.runnext; gp != nil {
		pp.runnext = nil
		return gp
	}
	return pp.runq.pop()
}

// gopark blocks the current goroutine until something readies it.
func gopark(reason string) {
	gp := getg()
	gp.status = gWaiting
	gp.waitreason = reason
	schedule()
}

// schedule runs another goroutine. It returns when the calling goroutine (if it
// is not dead) has been readied and chosen again.
func schedule() {
	for {
		checkTimers()
		if len(pollfds) > 0 && schedtick&63 == 0 {
			netpoll(0)
		}
		// Goroutines back from system calls first: they have waited longest, and
		// the local queue may never empty (a ping-pong, or one busy goroutine
		// yielding to itself at preemption checks).
		next := globrunqget()
		if next == nil {
			next = runqget()
		}
		if next != nil {
			switchto(next)
			return
		}
		if sched.nsyscall > 0 {
			// Goroutines in system calls may come back: wait for them as well.
			ns := int64(-1)
			if len(timers) > 0 {
				ns = timers[0].when - nanotime()
				if ns < 0 {
					ns = 0
				}
			}
			if len(pollfds) > 0 {
				// ppoll cannot hear a system call return: look again each ms
				if ns < 0 || ns > 1000000 {
					ns = 1000000
				}
				netpoll(ns)
				continue
			}
			if idleWait(ns) {
				continue
			}
		}
		if len(pollfds) > 0 {
			netpollWait()
			continue
		}
		if !sleepUntilTimer() {
			if idleWait(0) {
				continue // one came back from a system call meanwhile
			}
			deadlock()
		}
	}
}

func switchto(next *g) {
	old := getg()
	schedtick++
	preemptFlag = 0
	curg = next
	stackguardReset(next)
	next.status = gRunning
	next.waitreason = ""
	if next == old {
		return
	}
	next.m = old.m
	setg(next)
	if old.status == gDead {
		old.schedlink = sched.gfree
		sched.gfree = old
	}
	swapctx(&old.sched, &next.sched)
}

// swapctx saves the caller's state in save and resumes load (an intrinsic).
func swapctx(save, load *gobuf)

// getg returns the running goroutine, which lives in R14 (an intrinsic).
func getg() *g

// setg makes gp the running goroutine of this thread (R14; an intrinsic).
func setg(gp *g)

// Goexit runs the calling goroutine's deferred calls and ends it. When the main
// goroutine exits this way the program goes on until the other goroutines are
// done, then reports a deadlock, as gc does.
func Goexit() {
	gp := getg()
	for gp.defers != nil {
		d := gp.defers
		gp.defers = d.link
		d.fn()
	}
	goexit1()
}

// deadlock reports that no goroutine can ever run again, as gc does.
func deadlock() {
	if maing.status == gDead {
		throw("no goroutines (main called runtime.Goexit) - deadlock!")
	}
	printstring("fatal error: all goroutines are asleep - deadlock!\n")
	for gp := sched.allg; gp != nil; gp = gp.alllink {
		if gp.status == gWaiting && gp != fing {
			printstring("\ngoroutine ")
			printint(gp.goid)
			printstring(" [")
			printstring(gp.waitreason)
			printstring("]:\n")
			if gp == getg() {
				traceback(getfp())
			} else {
				tracebackpc(gp.sched.pc, gp.sched.fp)
			}
			printcreatedby(gp)
		}
	}
	exit(2)
}

// LockOSThread wires the calling goroutine to its thread. Not implemented: a
// goroutine may resume on another M after a long system call; pogo has no
// thread-local state (signal masks, namespaces) a program could rely on yet.
func LockOSThread() {}

// UnlockOSThread undoes LockOSThread.
func UnlockOSThread() {}

// Gosched yields the processor; the caller stays runnable, after those waiting.
func Gosched() {
	readyLast(getg())
	schedule()
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	return sched.ngsys
}

// NumCPU returns the number of CPUs this process may run on.
func NumCPU() int {
	return ncpu()
}

// GOMAXPROCS returns the previous setting ($GOMAXPROCS, else the default of
// cgroup.go); a positive n is recorded. Go code runs on one thread at a time
// whatever the setting, for now (see the top of this file).
func GOMAXPROCS(n int) int {
	if gomaxprocs == 0 {
		gomaxprocs = defaultGOMAXPROCS()
	}
	prev := gomaxprocs
	if n > 0 {
		gomaxprocs = n
	}
	return prev
}

var gomaxprocs int // 0 until the default is needed

// gomaxprocsEnv reads $GOMAXPROCS (a positive decimal number) as gc does at start.
func gomaxprocsEnv() int {
	envp := unsafe.Add(argv, (argc+1)*8)
	for i := 0; ; i++ {
		p := *(*unsafe.Pointer)(unsafe.Add(envp, i*8))
		if p == nil {
			return 0
		}
		kv := gostringnocopy(p)
		const key = "GOMAXPROCS="
		if len(kv) > len(key) && kv[:len(key)] == key {
			n := 0
			for i := len(key); i < len(kv); i++ { // bytes: a non-ASCII rune is no digit either
				c := kv[i]
				if c < '0' || c > '9' || n > 1<<20 {
					return 0
				}
				n = n*10 + int(c-'0')
			}
			return n
		}
	}
}

func ncpu() int {
	var mask [128]uint64
	const sysSchedGetaffinity = 204
	r, e := syscall6(sysSchedGetaffinity, 0, uintptr(len(mask)*8), uintptr(unsafe.Pointer(&mask[0])), 0, 0, 0)
	if e != 0 {
		return 1
	}
	n := 0
	for i := 0; i < int(r)/8; i++ {
		for w := mask[i]; w != 0; w &= w - 1 {
			n++
		}
	}
	if n == 0 {
		n = 1
	}
	return n
}

// The runtime's pseudo-random generator (xorshift64*), seeded from the time-stamp
// counter: select chooses among ready cases with it.
var randState uint64

func cputicks() uint64

func seedrand() {
	randState = cputicks() | 1
}

func fastrand() uint32 {
	x := randState
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	randState = x
	return uint32((x * 2685821657736338717) >> 32)
}

// fastrandn returns a number in [0, n).
func fastrandn(n uint32) uint32 {
	return uint32(uint64(fastrand()) * uint64(n) >> 32)
}
