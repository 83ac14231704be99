package runtime

import "unsafe"

// Deferred calls, panics and recover.
//
// A defer statement evaluates the call's function and arguments into a closure
// of no arguments and calls deferproc, which pushes a record on the defer
// stack with the deferring frame's frame pointer, stack pointer and the address
// just after the call. deferproc returns false; the frame's deferreturn runs and
// pops its records when it returns. A panic runs deferred calls from the top of
// the stack; when one of them recovers, jumpto resumes the deferring frame just
// after its deferproc call with the result true, and that frame then runs its
// remaining deferred calls and returns normally (see docs/ARCHITECTURE.md).

// A record's fp and sp are kept as distances below g.stackHi, which stay right when
// the stack is moved by a copy (stack.go).
type deferRecord struct {
	fn   func()
	fp   uintptr // frame pointer of the function that deferred (stackHi - fp)
	sp   uintptr // its stack pointer at the deferproc call (stackHi - sp)
	pc   uintptr // the return address of that call
	link *deferRecord
}

type panicRecord struct {
	arg        any
	fp         uintptr // gopanic's frame, which calls the deferred functions (stackHi - fp: stacks move)
	recovered  bool
	repanicked bool    // recovered, then panicked again with the very same value
	sigpc      uintptr // a nil dereference (panicmem): where, for the signal line gc prints
	link       *panicRecord
}

// The defer and panic stacks are per goroutine: g.defers and g.panics.

// getfp returns the frame pointer of its caller (a compiler intrinsic).
func getfp() uintptr

// jumpto resumes the frame (sp, fp) at pc with deferproc's result set to 1.
func jumpto(pc, sp, fp uintptr)

func deferproc(fn func()) bool {
	fp := getfp()
	gp := getg()
	d := new(deferRecord)
	d.fn = fn
	d.fp = gp.stackHi - *(*uintptr)(unsafe.Pointer(fp))
	d.pc = *(*uintptr)(unsafe.Pointer(fp + 8))
	d.sp = gp.stackHi - (fp + 16)
	d.link = gp.defers
	gp.defers = d
	return false
}

// deferreturn runs the deferred calls of the calling frame, most recent first (its
// frame pointer is read again after each call: the call may have moved the stack).
func deferreturn() {
	gp := getg()
	for gp.defers != nil && gp.defers.fp == gp.stackHi-*(*uintptr)(unsafe.Pointer(getfp())) {
		d := gp.defers
		gp.defers = d.link
		d.fn()
	}
}

func gopanic(e any) {
	if e == nil {
		e = new(PanicNilError)
	}
	p := new(panicRecord)
	p.arg = e
	if _, ok := e.(errorString); ok {
		p.sigpc = memfaultpc(getfp())
	}
	gp := getg()
	p.fp = gp.stackHi - getfp()
	p.link = gp.panics
	gp.panics = p
	xadd32(&runningPanicDefers, 1)
	for gp.defers != nil {
		d := gp.defers
		gp.defers = d.link
		d.fn()
		if p.recovered {
			gp.panics = p.link
			xadd32(&runningPanicDefers, -1)
			jumpto(d.pc, gp.stackHi-d.sp, gp.stackHi-d.fp)
		}
	}
	startpanic()
	xadd32(&runningPanicDefers, -1)
	printpanics(p)
	fatalpanic()
}

// printpanics prints the chain of active panics, oldest first, as gc does.
func printpanics(p *panicRecord) {
	if p.link != nil {
		if efaceType(&p.link.arg) == efaceType(&p.arg) && efaceData(&p.link.arg) == efaceData(&p.arg) {
			p.link.repanicked = true
		}
		printpanics(p.link)
		if p.link.repanicked {
			return // the same value is printed once
		}
		printstring("\n\t")
	}
	printstring("panic: ")
	printpanicval(p.arg)
	if p.recovered && p.repanicked {
		printstring(" [recovered, repanicked]")
	} else if p.recovered {
		printstring(" [recovered]")
	}
}

func gorecover() any {
	p := getg().panics
	if p == nil || p.recovered || !calledByPanic(*(*uintptr)(unsafe.Pointer(getfp())), getg().stackHi-p.fp) {
		return nil
	}
	p.recovered = true
	return p.arg
}

// calledByPanic reports whether the function with frame fp (the one that called
// recover) was called by the panic's deferred-call loop (gopanic's frame pfp):
// directly, or through compiler-generated wrappers only (the defer thunk, method
// values). recover called from any deeper function returns nil, as the spec says.
func calledByPanic(fp, pfp uintptr) bool {
	for fp != 0 {
		ret := *(*uintptr)(unsafe.Pointer(fp + 8))
		fp = *(*uintptr)(unsafe.Pointer(fp))
		if fp == pfp {
			return true
		}
		f, ok := findfunc(ret - 1)
		if !ok || f.flags&1 == 0 || f.linev(ret-1)>>inlShift != 0 {
			return false // a real frame (or code inlined into a wrapper) in between
		}
	}
	return false
}

type stringer interface {
	String() string
}

// Range-over-func loop bodies are compiled as closures, but a defer in such a body
// belongs to the enclosing function. That function records its own frame with
// deferframe (which, like deferproc, returns true when a recovered panic resumes the
// frame there), and the body defers through deferprocat with that record.

func deferframe(a *[3]uintptr) bool {
	fp := getfp()
	hi := getg().stackHi
	a[0] = hi - *(*uintptr)(unsafe.Pointer(fp))
	a[1] = *(*uintptr)(unsafe.Pointer(fp + 8))
	a[2] = hi - (fp + 16)
	return false
}

func deferprocat(fn func(), a *[3]uintptr) {
	d := new(deferRecord)
	d.fn = fn
	d.fp, d.pc, d.sp = a[0], a[1], a[2]
	gp := getg()
	d.link = gp.defers
	gp.defers = d
}

// panicrangestate reports a yield call after the loop said stop (state 1) or after
// the loop is over (state 2).
func panicrangestate(state int) {
	if state == 1 {
		panicerror("range function continued iteration after function for loop body returned false")
	}
	panicerror("range function continued iteration after whole loop exit")
}
