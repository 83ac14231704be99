package runtime

import "unsafe"

// Finalizers. SetFinalizer records (object, function) in finTab; the object is held
// as a uintptr there, so the table does not keep it alive. After marking, the
// collector (finMark) takes every record whose object was not reached: first what
// such objects point to is marked (so of a chain of finalizable objects only the
// first is finalized in one cycle, and a cycle through one never is, as in gc),
// then the objects still unmarked are marked again — kept until their finalizer has
// run — and their records move to finQueue. A dedicated goroutine, started by the
// first SetFinalizer and not counted by NumGoroutine, calls the queued functions
// one after another. The object is freed by a later collection if the finalizer
// did not make it reachable again.
//
// A finalizer's parameter is the object's pointer type or an empty interface; its
// results, if it has any, are not supported yet (their size is not known without
// reflect's parameter descriptors).

type finrec struct {
	obj    uintptr        // the object's address (not a root)
	fn     unsafe.Pointer // the finalizer func value
	ot     unsafe.Pointer // the object's type, for a func(any) finalizer
	iface  bool           // fn takes an empty interface
	queued unsafe.Pointer // the object, once found unreachable
	next   *finrec
}

type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

const (
	kFunc      = 19
	kInterface = 20
	kPointer   = 22
)

var (
	finTab   *finrec // registered
	finQueue *finrec // to run, in the order found
	finLast  *finrec
	fing     *g // the finalizer goroutine, once it has started
	fingWait bool
	fingMade bool
	finLock  mutex // guards finTab, finQueue, fingWait (finMark runs with the world stopped)
)

// SetFinalizer sets (or with a nil finalizer clears) the function called with obj
// once the collector finds obj unreachable.
func SetFinalizer(obj any, finalizer any) {
	e := (*efaceWords)(unsafe.Pointer(&obj))
	if e.typ == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if typeKind(e.typ) != kPointer {
		throw("runtime.SetFinalizer: first argument is " + typeName(e.typ) + ", not pointer")
	}
	p := uintptr(e.data)
	if p < arenaStart || p >= arenaUsed {
		return // a global or a zero-sized value: never collected
	}
	s := *(**mspan)(unsafe.Pointer(spanTab + (p-arenaStart)>>pageShift*8))
	if s == nil || s.state != spanInUse || p < s.start {
		throw("runtime.SetFinalizer: pointer not in allocated block")
	}
	idx := uintptr((uint64(p-s.start) * s.divMul) >> 32)
	if s.start+idx*s.elemsize != p {
		throw("runtime.SetFinalizer: pointer not at beginning of allocated block")
	}
	fe := (*efaceWords)(unsafe.Pointer(&finalizer))
	if fe.typ == nil {
		lock(&finLock)
		var prev *finrec
		for f := finTab; f != nil; f = f.next {
			if f.obj == p {
				if prev == nil {
					finTab = f.next
				} else {
					prev.next = f.next
				}
				break
			}
			prev = f
		}
		unlock(&finLock)
		return
	}
	ft := fe.typ
	if typeKind(ft) != kFunc {
		throw("runtime.SetFinalizer: second argument is " + typeName(ft) + ", not a function")
	}
	u := *(*unsafe.Pointer)(unsafe.Add(ft, 112))
	nin := *(*uintptr)(unsafe.Add(u, 32))
	nout := *(*uintptr)(unsafe.Add(u, 40))
	if *(*uintptr)(unsafe.Add(u, 48)) != 0 {
		throw("runtime.SetFinalizer: cannot pass " + typeName(e.typ) + " to finalizer " + typeName(ft) + " because dotdotdot")
	}
	if nin != 1 {
		throw("runtime.SetFinalizer: cannot pass " + typeName(e.typ) + " to finalizer " + typeName(ft))
	}
	if nout != 0 {
		throw("runtime.SetFinalizer: pogo: a finalizer with results is not supported yet")
	}
	iface := false
	params := *(*unsafe.Pointer)(unsafe.Add(u, 24))
	if params != nil {
		pt := *(*unsafe.Pointer)(params)
		if pt != e.typ {
			if typeKind(pt) != kInterface {
				throw("runtime.SetFinalizer: cannot pass " + typeName(e.typ) + " to finalizer " + typeName(ft))
			}
			if *(*uintptr)(unsafe.Add(pt, 96)) != 0 {
				throw("runtime.SetFinalizer: pogo: a finalizer taking a non-empty interface is not supported yet")
			}
			iface = true
		}
	} else {
		// without reflect the parameter's descriptor is not linked: its word count
		// (from the function table) and the func type's name tell
		code := *(*uintptr)(*(*unsafe.Pointer)(fe.data))
		f, ok := findfunc(code)
		if !ok || f.args < 1 || f.args > 2 {
			throw("runtime.SetFinalizer: cannot pass " + typeName(e.typ) + " to finalizer " + typeName(ft))
		}
		if f.args == 2 {
			if typeName(ft) != "func(interface {})" {
				throw("runtime.SetFinalizer: pogo: a finalizer taking a non-empty interface is not supported yet")
			}
			iface = true
		}
	}
	r := new(finrec)
	r.obj = p
	r.fn = *(*unsafe.Pointer)(fe.data) // a func value is stored indirectly in an interface
	r.ot = e.typ
	r.iface = iface
	lock(&finLock)
	for f := finTab; f != nil; f = f.next {
		if f.obj == p {
			unlock(&finLock)
			throw("runtime.SetFinalizer: finalizer already set")
		}
	}
	r.next = finTab
	finTab = r
	start := !fingMade
	fingMade = true
	unlock(&finLock)
	if start {
		newproc(runfinq)
		xadd32(&sched.ngsys, -1) // a system goroutine: NumGoroutine does not count it, as in gc
	}
}

// objMarked reports whether the heap object at base p is marked.
func objMarked(p uintptr) bool {
	s := *(**mspan)(unsafe.Pointer(spanTab + (p-arenaStart)>>pageShift*8))
	idx := uintptr((uint64(p-s.start) * s.divMul) >> 32)
	return s.mark[idx>>6]&(uint64(1)<<(idx&63)) != 0
}

// finMark runs after marking: it queues the finalizers of unreachable objects and
// marks what they need (see the top of this file).
func finMark() {
	if finTab == nil {
		return
	}
	for f := finTab; f != nil; f = f.next {
		if !objMarked(f.obj) {
			s := *(**mspan)(unsafe.Pointer(spanTab + (f.obj-arenaStart)>>pageShift*8))
			if s.spc&1 == 0 {
				reserveMarkStack(1)
				pushObject(s, f.obj)
			}
		}
	}
	gcDrain()
	var prev *finrec
	for f := finTab; f != nil; {
		next := f.next
		if objMarked(f.obj) {
			prev = f
			f = next
			continue
		}
		if prev == nil {
			finTab = next
		} else {
			prev.next = next
		}
		f.queued = unsafe.Pointer(f.obj)
		f.next = nil
		if finLast == nil {
			finQueue = f
		} else {
			finLast.next = f
		}
		finLast = f
		reserveMarkStack(1)
		shade(f.obj)
		f = next
	}
	gcDrain()
}

// wakefing readies the finalizer goroutine when finalizers are waiting for it.
func wakefing() {
	if finQueue == nil {
		return
	}
	lock(&finLock)
	wake := fingWait && finQueue != nil
	if wake {
		fingWait = false
	}
	unlock(&finLock)
	if wake {
		ready(fing)
	}
}

// runfinq is the finalizer goroutine.
func runfinq() {
	fing = getg()
	for {
		lock(&finLock)
		for finQueue != nil {
			f := finQueue
			finQueue = f.next
			if finQueue == nil {
				finLast = nil
			}
			f.next = nil
			obj := f.queued
			f.queued = nil
			fn := f.fn
			unlock(&finLock)
			if f.iface {
				var x any
				xe := (*efaceWords)(unsafe.Pointer(&x))
				xe.typ = f.ot
				xe.data = obj
				call := *(*func(any))(unsafe.Pointer(&fn))
				call(x)
			} else {
				call := *(*func(unsafe.Pointer))(unsafe.Pointer(&fn))
				call(obj)
			}
			lock(&finLock)
		}
		fingWait = true
		goparkunlock(&finLock, "finalizer wait")
	}
}
