package runtime

import "unsafe"

// Goroutine stacks start small and grow by copying.
//
// A goroutine starts on a stackMin (8 KiB) block of the stack allocator below. Its
// g.stackguard is stackLo+stackGuard; every function outside this package that calls
// anything, or has a frame over stackSmall bytes, compares RSP (less the part of its
// frame over stackSmall) with it before allocating its frame (compile/amd64/
// stackcheck.py). So the lowest stackGuard bytes are a reserve that only leaf frames of
// at most stackSmall bytes, this package's code (which has no checks, like gc's nosplit
// functions: it runs with scheduler, allocator or collector state half-updated,
// including the collector itself, which runs in malloc) and morestack ever use.
//
// A failed check calls morestack (machine code), which keeps RDX (the closure context)
// in g.stackctxt and calls newstack. newstack allocates a stack twice as big, copies
// the used part [fp, stackHi) — fp is the frame pointer of the function being entered,
// whose frame is not allocated yet — and adjusts every pointer into the old stack:
// the saved RBPs of the frame chain, the pointer words that each frame's stack map
// (at its call site) marks, which cover the arguments of the function being entered
// (its caller's outgoing area), g.stackctxt and g.sched. morestack then moves RSP/RBP
// to the new copy, frees the old stack from there (stackfreeold) and runs the check
// again. Frames without a map (the machine-code intrinsics: preemptSave's register
// save area, reflect.callFrame's argument copy, makeFuncStub's pointer to its
// arguments) are adjusted conservatively: each of their words that lies in the used
// part of the old stack is taken as a pointer into it. Defer records keep their
// frame's addresses as offsets from stackHi (defer.go), which a copy does not change.
// Only the running goroutine grows, so no sudog points into a moving stack; when a
// check fails in scheduler context (a timer callback run by schedule on the stack of a
// goroutine that is parking, or on an M's g0), the stack must not move and the bound
// is lowered to stackLo+stackNoGrow until the next switch instead.
//
// Sizes: the deepest runtime paths measured from a checked frame (a collection run
// by malloc from mapassign, newstack itself) use about 1.5 KB, and the runtime's
// biggest frame is 256 bytes, so the 4 KiB reserve leaves a wide margin; in scheduler
// context the 2 KiB below stackNoGrow are left for the runtime. A new goroutine thus
// has 4 KiB of its 8 KiB for its frames before its first copy, and touches one page.
// A collection halves the stacks of runnable goroutines that use less than a
// quarter of them (shrinkStacks).
//
// The check doubles as the prologue preemption check: sysmon poisons the running g's
// bound with stackPreempt, and newstack yields instead of growing.
//
// A goroutine whose stack would exceed maxStackSize (gc's 1 GB limit on 64-bit
// systems) dies with gc's "stack overflow" report. The main goroutine keeps the 1 GB
// MAP_NORESERVE mapping rt0 makes (only touched pages cost memory) and never moves;
// each M's g0 has a fixed 64 MiB one (fixedStackAlloc): for them a failed check is an
// overflow. Stacks below stackChunk are carved from chunks; freed stacks go to a free
// list per size and are reused (those of stackRelease bytes and more give their pages
// back first).
// A dead goroutine's grown stack is exchanged for a stackMin one when its g is reused.

const (
	stackMin       = 8 << 10
	stackGuard     = 4096 // the reserve below the bound; see stackcheck.py
	stackSmall     = 128  // compile/amd64/stackcheck.py SMALL
	stackNoGrow    = 2048 // the bound in scheduler context, where stacks must not move
	stackPreempt   = ^uintptr(1313)
	maxStackSize   = 1000000000
	stackOrders    = 18 // stackMin << 17 = 1 GiB
	stackChunk     = 256 << 10
	stackRelease   = 64 << 10
	fixedStackSize = 64 << 20
	guardSize      = 4096

	sysMprotect    = 10
	mapNoreserve   = 0x4000
	mapStack       = 0x20000
	stackguardOff  = 56 // compile/amd64/stackcheck.py G_STACKGUARD
	stackctxtOff   = 64 // compile/amd64/intrinsics.py (morestack)
	madvDontneedSt = 4
)

// stackFree holds the free stacks of each size (stackMin << order), linked through
// their highest word (a used stack has touched that page anyway, so the free list
// costs no memory). Stacks below stackChunk are carved from chunks in address order
// (stackCarve: the next unused one and the chunk's end), so a new stack's pages are
// untouched until its goroutine runs.
var stackFree [stackOrders]uintptr
var stackCarve [stackOrders][2]uintptr
var stackLock mutex

// stackinit checks the g layout the compiler relies on.
func stackinit() {
	if unsafe.Offsetof(maing.stackguard) != stackguardOff || unsafe.Offsetof(maing.stackctxt) != stackctxtOff {
		throw("runtime: g.stackguard/g.stackctxt moved; update compile/amd64/stackcheck.py")
	}
}

func stackOrder(n uintptr) int {
	order := 0
	for s := uintptr(stackMin); s < n; s <<= 1 {
		order++
	}
	return order
}

// stackalloc returns the low end of a new stack of n bytes (stackMin << k).
func stackalloc(n uintptr) uintptr {
	order := stackOrder(n)
	lock(&stackLock)
	s := stackFree[order]
	if s != 0 {
		top := (*uintptr)(unsafe.Pointer(s + n - 8))
		stackFree[order] = *top
		unlock(&stackLock)
		*top = 0
		return s
	}
	if n < stackChunk {
		c := &stackCarve[order]
		if c[0] == c[1] {
			c[0] = mmapFlags(stackChunk, mapNoreserve|mapStack)
			if c[0] == 0 {
				throw("out of memory allocating a goroutine stack")
			}
			c[1] = c[0] + stackChunk
		}
		s = c[0]
		c[0] += n
		unlock(&stackLock)
		return s
	}
	unlock(&stackLock)
	s = mmapFlags(n, mapNoreserve|mapStack)
	if s == 0 {
		throw("out of memory allocating a goroutine stack")
	}
	return s
}

// stackfree puts the stack [s, s+n) on its free list.
func stackfree(s, n uintptr) {
	if n >= stackRelease {
		syscall6(sysMadvise, s, n, madvDontneedSt, 0, 0, 0)
	}
	order := stackOrder(n)
	lock(&stackLock)
	*(*uintptr)(unsafe.Pointer(s + n - 8)) = stackFree[order]
	stackFree[order] = s
	unlock(&stackLock)
}

// fixedStackAlloc maps a stack that never moves (an M's g0) with a guard page below
// it, and returns its usable bounds.
func fixedStackAlloc() (lo, hi uintptr) {
	n := uintptr(fixedStackSize + guardSize)
	r := mmapFlags(n, mapNoreserve|mapStack)
	if r == 0 {
		throw("out of memory allocating a goroutine stack")
	}
	syscall6(sysMprotect, r, guardSize, 0, 0, 0, 0)
	return r + guardSize, r + n
}

// stackguardReset puts gp's bound back where it belongs (after a preemption request
// or a lowering in scheduler context).
func stackguardReset(gp *g) {
	gp.stackguard = gp.stackLo + stackGuard
}

// gstackInit gives a new or reused goroutine a stackMin stack.
func gstackInit(gp *g) {
	if gp.stackLo != 0 && gp.stackHi-gp.stackLo != stackMin {
		stackfree(gp.stackLo, gp.stackHi-gp.stackLo)
		gp.stackLo = 0
	}
	if gp.stackLo == 0 {
		gp.stackLo = stackalloc(stackMin)
		gp.stackHi = gp.stackLo + stackMin
	}
	stackguardReset(gp)
}

// morestack is the cold path of a prologue check (an intrinsic, see above).
func morestack()

// isg0 reports whether gp is an M's scheduling goroutine.
func isg0(gp *g) bool {
	return gp.m != nil && gp.m.g0 == gp
}

// newstack is called by morestack; it returns how far the stack moved (0: not at
// all, the check is just run again).
func newstack() uintptr {
	gp := getg()
	msfp := *(*uintptr)(unsafe.Pointer(getfp())) // morestack's frame
	fp := *(*uintptr)(unsafe.Pointer(msfp))      // the function being entered: RSP == RBP
	guard := gp.stackguard
	if guard == stackPreempt {
		stackguardReset(gp)
		if gp.m.preemptOff == 0 && gp.status == gRunning && !isg0(gp) {
			preemptPark()
		}
		return 0
	}
	if gp.status != gRunning || gp.m.preemptOff != 0 || isg0(gp) {
		if guard != gp.stackLo+stackNoGrow && fp > gp.stackLo+stackNoGrow+stackSmall {
			gp.stackguard = gp.stackLo + stackNoGrow
			return 0
		}
		stackOverflow(gp, fp)
	}
	if gp.fixedStack {
		stackOverflow(gp, fp)
	}
	size := gp.stackHi - gp.stackLo
	newsize := size * 2
	if newsize > maxStackSize {
		stackOverflow(gp, fp)
	}
	return copystack(gp, newsize, fp, fp, 0)
}

// stackOverflow reports a goroutine whose stack would exceed its limit, as gc does.
func stackOverflow(gp *g, sp uintptr) {
	printstring("runtime: goroutine stack exceeds 1000000000-byte limit\n")
	printstring("runtime: sp=")
	printhex(uint64(sp))
	printstring(" stack=[")
	printhex(uint64(gp.stackLo))
	printstring(", ")
	printhex(uint64(gp.stackHi))
	printstring("]\nfatal error: stack overflow\n\ngoroutine ")
	printint(gp.goid)
	printstring(" [running]:\n")
	traceback(getfp())
	if gp.gopc != 0 { // only goroutines started by newproc have a creator
		printcreatedby(gp)
	}
	exit(2)
}

// copystack moves gp's stack, whose used part is [sp, stackHi), to a new one of
// newsize bytes and returns the distance moved. The innermost frame [sp, fp) is
// stopped at return address pc, or is empty (pc 0: a function being entered).
func copystack(gp *g, newsize, sp, fp, pc uintptr) uintptr {
	oldlo, oldhi := gp.stackLo, gp.stackHi
	used := oldhi - sp
	for newsize-used < 2*stackGuard {
		newsize *= 2
	}
	newlo := stackalloc(newsize)
	newhi := newlo + newsize
	delta := newhi - oldhi
	memmove(unsafe.Pointer(sp+delta), unsafe.Pointer(sp), used)
	if pc != 0 {
		adjustFrame(sp+delta, fp+delta, pc, sp, oldhi, delta)
	}
	// fp holds the saved RBP of the frame above; and so on up the chain.
	f := fp + delta
	for {
		caller := *(*uintptr)(unsafe.Pointer(f))
		if caller < sp || caller >= oldhi {
			break // the outermost frame (goentry's saved RBP is 0)
		}
		caller += delta
		*(*uintptr)(unsafe.Pointer(f)) = caller
		adjustFrame(f+16, caller, *(*uintptr)(unsafe.Pointer(f + 8)), sp, oldhi, delta)
		f = caller
	}
	adjustWord(unsafe.Pointer(&gp.stackctxt), sp, oldhi, delta)
	adjustWord(unsafe.Pointer(&gp.sched.sp), sp, oldhi, delta)
	adjustWord(unsafe.Pointer(&gp.sched.fp), sp, oldhi, delta)
	gp.stackLo, gp.stackHi = newlo, newhi
	stackguardReset(gp)
	gp.stackOld, gp.stackOldSz = oldlo, oldhi-oldlo
	return delta
}

// shrinkStacks halves the stacks of runnable goroutines that use less than a
// quarter of them (the collector calls it). Only goroutines switched out by a yield
// (Gosched, a preemption) or after being readied qualify, unless a select's sudogs
// are still linked to them: then nothing outside their stack points into it (a
// blocked one has sudogs pointing at its frames).
// Goroutines in system calls, blocked ones and the running one are left alone.
func shrinkStacks() {
	self := getg()
	for gp := sched.allg; gp != nil; gp = gp.alllink {
		if gp == self || gp.status != gRunnable || gp.fixedStack || gp.sched.fp == 0 || gp.waiting != nil || gp.param != nil {
			continue
		}
		size := gp.stackHi - gp.stackLo
		used := gp.stackHi - gp.sched.sp
		if size <= stackMin || used >= size/4 || size/2-used < 2*stackGuard {
			continue
		}
		copystack(gp, size/2, gp.sched.sp, gp.sched.fp, gp.sched.pc)
		stackfree(gp.stackOld, gp.stackOldSz)
		gp.stackOld, gp.stackOldSz = 0, 0
	}
}

// adjustWord moves the word at p by delta if it points into [lo, hi).
func adjustWord(p unsafe.Pointer, lo, hi, delta uintptr) {
	v := *(*uintptr)(p)
	if v >= lo && v < hi {
		*(*uintptr)(p) = v + delta
	}
}

// adjustFrame adjusts the pointers into the old stack [lo0, hi0) held by the (copied)
// frame [lo, fp) stopped at return address pc: the words its stack map marks, or
// every word when it has none.
func adjustFrame(lo, fp, pc, lo0, hi0, delta uintptr) {
	p, n, ok := frameMap(lo, fp, pc)
	if !ok {
		for w := lo; w < fp; w += 8 {
			adjustWord(unsafe.Pointer(w), lo0, hi0, delta)
		}
		return
	}
	k := uintptr(0)
	for ; n > 0; n-- {
		var gap uintptr
		gap, p = readUvarint(p)
		k += gap
		adjustWord(unsafe.Pointer(lo+8*k), lo0, hi0, delta)
		k++
	}
}

// stackfreeold frees the stack a goroutine has just left (morestack calls it on the
// new stack, since newstack ran on the old one).
func stackfreeold() {
	gp := getg()
	if gp.stackOldSz != 0 {
		stackfree(gp.stackOld, gp.stackOldSz)
		gp.stackOld, gp.stackOldSz = 0, 0
	}
}
