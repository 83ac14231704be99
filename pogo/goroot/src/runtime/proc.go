package runtime

import "unsafe"

// Goroutines and the scheduler: Ms (OS threads, mthread.go) run goroutines (gs)
// with Ps (the right to run Go code; GOMAXPROCS of them), as in gc.
//
// Every goroutine is a g with its own small stack that grows by copying (stack.go). A goroutine
// runs until it blocks (channel, select, sync, sleep, a read that would wait — see
// netpoll.go), yields (Gosched), is preempted (preempt.go: compiler-placed checks
// of a flag that the monitor thread sets when a P has run one goroutine for
// 10 ms, or that the collector sets to stop the world) or exits. It then switches
// to its M's g0 (switchToG0: swapctx, a code-generator intrinsic, saves SP/FP/
// resume PC in the g and loads g0's), and the g0 finishes the job on its own
// stack: marks the g waiting and releases the lock that guarded the wait
// (goparkunlock), requeues it, or frees it. Only then can another M resume the
// g, so no M ever runs on a stack that another M has resumed meanwhile. The g0
// then finds the next g (sched.go: own P's queue, the global queue, timers,
// netpoll, stealing from other Ps) and switches to it. The main goroutine
// (goid 1) runs on the OS thread's own stack; m0's g0 is made the first time it
// is needed. The current g lives in R14 (getg and setg are intrinsics; the
// register allocator never hands R14 out), so each thread has its own.
//
// Shared runtime state has locks (lock_futex.go): sched.lock (global run queue,
// idle Ps and Ms, free gs, allg), one per channel, semaLock, timersLock,
// netpollLock, finLock, itabLock and heapLock (allocator and memstats). The
// collector stops the world (stw.go).

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
	selectDone uint32 // 1: a select case has already been chosen for this g (cas)
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

// p is a logical processor: its local run queue (runq.go) and per-P caches.
// runnext holds a g readied by the running goroutine; it runs before the queue,
// as in gc, so a goroutine woken by a channel operation (or just started) runs
// next.
type p struct {
	id          int32
	status      uint32 // pIdle, pRunning, pSyscall, pStopped (sched.go)
	m           *m     // the M that owns it (nil when idle)
	link        *p     // idle list
	schedtick   uint32 // counts goroutine switches, for sysmon
	inheritTime bool   // the g runqget just took came from runnext: it goes on with the time slice
	syscalltick uint32 // counts system calls, for sysmon
	preempt     uint32 // sysmon asks the running goroutine to yield
	runqhead    uint32
	runqtail    uint32
	runnext     uintptr // *g; gs are never freed (allg keeps them)
	runq        [256]uintptr
	sudogcache  *sudog
	sysmonTick  uint32 // schedtick sysmon saw last
	sysmonWhen  int64  // when it saw it change
	sysmonSys   uint32 // syscalltick sysmon saw last
	mcache      [numClasses * 2]*mspan // current span per small span class (malloc.go)
	heapLocal   uintptr                // bytes allocated from mcache not yet in heapLive
	nmalloc     uint64                 // and their count, not yet in memstats
}

const maxProcs = 1024 // gc's limit

// Ps live outside the heap (persistent memory), except P 0; their only heap
// pointers, the sudog caches, are emptied at every collection.

type schedt struct {
	goidgen  int64
	ngsys    int32 // goroutines that exist and are not dead (atomic)
	gfree    *g    // dead goroutines whose stacks can be reused
	allg     *g
	allgtail *g

	lock       mutex  // guards what follows, the idle lists and gfree/allg
	runq       gQueue // the global run queue
	runqsize   int32  // runq.n, readable without the lock
	nsyscall   int32  // goroutines in system calls (atomic)
	idlem      *m     // parked Ms
	pidle      *p     // idle Ps
	npidle     int32  // (atomic)
	nmspinning int32  // Ms looking for work while holding a P (atomic)
	waiter     *m     // the M waiting for timers and file descriptors, if any
	waiterWake uint32 // its futex word
	waiterWhen int64  // when it will wake up by itself

	gcwaiting uint32 // the world is being stopped (stw.go)
	stopwait  int32  // Ps still to stop
	stopnote  uint32 // futex word the stopper sleeps on
}

var sched schedt
var allp [maxProcs]*p
var p0 p
var maing g

// schedinit makes the running code the main goroutine, running on m0 with P 0.
func schedinit() {
	maing.goid = 1
	maing.status = gRunning
	maing.m = &m0
	m0.curg = &maing
	maing.fixedStack = true
	sched.goidgen = 1
	sched.ngsys = 1
	sched.allg = &maing
	sched.allgtail = &maing
	setg(&maing)
	pp := &p0
	allp[0] = pp
	pp.status = pRunning
	pp.m = &m0
	m0.p = pp
}

// newproc starts a goroutine running fn (a closure of no arguments: the compiler
// evaluated the go statement's function and arguments into it).
func newproc(fn func()) {
	lock(&sched.lock)
	gp := sched.gfree
	if gp != nil {
		sched.gfree = gp.schedlink
		gp.schedlink = nil
	}
	unlock(&sched.lock)
	if gp == nil {
		gp = new(g)
		gp.status = gDead
		lock(&sched.lock)
		sched.allgtail.alllink = gp
		sched.allgtail = gp
		unlock(&sched.lock)
	}
	gstackInit(gp)
	gp.goid = xadd64(&sched.goidgen, 1)
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
	xadd32(&sched.ngsys, 1)
	if !sysmonStarted {
		procsinit()
		startSysmon()
	}
	ready(gp)
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

// goexit1 ends the current goroutine; g0 puts its g and stack on the free list
// once it has left them.
func goexit1() {
	gp := getg()
	gp.fn = nil
	gp.defers = nil
	gp.panics = nil
	xadd32(&sched.ngsys, -1)
	switchToG0(actExit, nil)
	throw("dead goroutine resumed")
}

// ready makes gp runnable, to run next on this M's P: the previous runnext goes
// to the queue. An idle P is woken if there is one to take other work.
func ready(gp *g) {
	gp.status = gRunnable
	mp := getg().m
	if mp.readyLast != 0 || mp.p == nil {
		readyLast(gp)
		return
	}
	runqput(mp.p, gp, true)
	wakep()
}

// readyLast makes gp runnable at the end of the queue.
func readyLast(gp *g) {
	gp.status = gRunnable
	mp := getg().m
	if mp.p == nil {
		globrunqput(gp)
	} else {
		runqput(mp.p, gp, false)
	}
	wakep()
}

// gopark blocks the current goroutine until something readies it.
func gopark(reason string) {
	goparkunlock(nil, reason)
}

// goparkunlock blocks the current goroutine and unlocks l (if not nil) once it
// has left its stack: whoever readies it holds l while finding it.
func goparkunlock(l *mutex, reason string) {
	gp := getg()
	gp.waitreason = reason
	switchToG0(actPark, l)
}

// What a g0 does with the goroutine that switched to it (m.action).
const (
	actNone    = iota
	actPark    // waiting: release m.waitlock
	actYield   // runnable, to the global queue (Gosched)
	actPreempt // runnable, to the end of the local queue
	actExit    // dead: to the free list
	actSyscall // back from a system call that lost its P
	actParkSel // waiting in select: release its channels' locks
)

// switchToG0 saves the running goroutine and continues on its M's g0, which
// performs action (see afterSwitch) and runs the scheduler. It returns when
// the goroutine runs again, perhaps on another M.
func switchToG0(action int, l *mutex) {
	gp := getg()
	mp := gp.m
	if mp.g0 == nil {
		initm0g0()
	}
	mp.action = action
	mp.waitlock = l
	setg(mp.g0)
	swapctx(&gp.sched, &mp.g0.sched)
}

// afterSwitch runs on g0: it finishes the switch away from gp.
func afterSwitch(mp *m, gp *g) {
	act := mp.action
	mp.action = actNone
	mp.curg = nil
	switch act {
	case actPark:
		gp.status = gWaiting
		if l := mp.waitlock; l != nil {
			mp.waitlock = nil
			unlock(l)
		}
	case actParkSel:
		gp.status = gWaiting
		selunlock(gp.sel)
	case actYield:
		gp.status = gRunnable
		globrunqput(gp)
	case actPreempt:
		gp.status = gRunnable
		runqput(mp.p, gp, false)
	case actExit:
		gp.status = gDead
		lock(&sched.lock)
		gp.schedlink = sched.gfree
		sched.gfree = gp
		unlock(&sched.lock)
	case actSyscall:
		exitsyscallG0(mp, gp)
	}
}

// execute runs gp on the M (from its g0) until gp switches back to g0.
func execute(mp *m, gp *g) {
	pp := mp.p
	// A g taken from runnext inherits the time slice (schedtick unchanged), as in gc:
	// otherwise two goroutines waking each other would never look like one long run
	// to sysmon and could starve the rest of the queue forever.
	if !pp.inheritTime {
		pp.schedtick++
	}
	pp.inheritTime = false
	if pp.preempt != 0 {
		pp.preempt = 0
	}
	mp.curg = gp
	gp.m = mp
	gp.status = gRunning
	gp.waitreason = ""
	stackguardReset(gp) // drops a preemption request aimed at its previous run
	setg(gp)
	swapctx(&mp.g0.sched, &gp.sched)
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

// deadlock reports that no goroutine can ever run again, as gc does. It runs on
// a g0 with every P idle.
func deadlock() {
	blocked := false
	for gp := sched.allg; gp != nil; gp = gp.alllink {
		if gp.status == gWaiting && gp != fing {
			blocked = true
		}
	}
	if !blocked {
		// Only possible when main left through runtime.Goexit; with other
		// goroutines blocked gc reports them as for any deadlock.
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
			tracebackpc(gp.sched.pc, gp.sched.fp)
			printcreatedby(gp)
		}
	}
	exit(2)
}

// LockOSThread wires the calling goroutine to its thread. Not implemented: a
// goroutine may resume on another M after any switch; pogo has no thread-local
// state (signal masks, namespaces) a program could rely on yet.
func LockOSThread() {}

// UnlockOSThread undoes LockOSThread.
func UnlockOSThread() {}

// Gosched yields the processor; the caller stays runnable, on the global queue.
func Gosched() {
	switchToG0(actYield, nil)
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	return int(load32((*uint32)(unsafe.Pointer(&sched.ngsys))))
}

// NumCPU returns the number of CPUs this process may run on.
func NumCPU() int {
	return ncpu()
}

// GOMAXPROCS returns the previous setting ($GOMAXPROCS, else the default of
// cgroup.go); a positive n changes the number of Ps, with the world stopped.
func GOMAXPROCS(n int) int {
	procsinit()
	prev := gomaxprocs
	if n > maxProcs {
		n = maxProcs
	}
	if n > 0 && n != prev {
		stopTheWorld()
		procresize(n)
		startTheWorld()
	}
	return prev
}

// gomaxprocs is the number of Ps in use. It stays 1 until the second goroutine
// starts (or GOMAXPROCS is called): the setting is only read then, so a program
// that never says go does not pay for reading cgroup files.
var gomaxprocs int = 1
var procsDone bool

// procsinit applies $GOMAXPROCS or the default, once (the first go statement
// runs it, while only the main goroutine exists).
func procsinit() {
	if procsDone {
		return
	}
	procsDone = true
	n := gomaxprocsEnv()
	if n <= 0 {
		n = defaultGOMAXPROCS()
	}
	if n > maxProcs {
		n = maxProcs
	}
	if n != gomaxprocs {
		lock(&sched.lock)
		procresize(n)
		for i := 1; i < n; i++ {
			pidleput(allp[i])
		}
		unlock(&sched.lock)
	}
}

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

// The runtime's pseudo-random generator (xorshift64*), one per M, seeded from
// the time-stamp counter: select and the work stealer choose with it.
func cputicks() uint64

func fastrand() uint32 {
	mp := getg().m
	x := mp.fastrand
	if x == 0 {
		x = cputicks() | 1
	}
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	mp.fastrand = x
	return uint32((x * 2685821657736338717) >> 32)
}

// fastrandn returns a number in [0, n).
func fastrandn(n uint32) uint32 {
	return uint32(uint64(fastrand()) * uint64(n) >> 32)
}
