package runtime

import "unsafe"

// Semaphores for package sync: a counter at an address the caller owns, and a
// FIFO of goroutines waiting for it to become positive. Waiters are found through
// a small hash table of per-address queues. Release hands the count straight to
// the first waiter, so waiters are served in order.

type semaRoot struct {
	addr  unsafe.Pointer
	q     waitq
	nwait int
	next  *semaRoot
}

const semTabSize = 251

var semtable [semTabSize]*semaRoot
var semaLock mutex

func semroot(addr unsafe.Pointer, create bool) *semaRoot {
	h := (uintptr(addr) >> 3) % semTabSize
	for r := semtable[h]; r != nil; r = r.next {
		if r.addr == addr {
			return r
		}
	}
	if !create {
		return nil
	}
	r := new(semaRoot)
	r.addr = addr
	r.next = semtable[h]
	semtable[h] = r
	return r
}

// semacquire waits until *addr > 0, then decrements it.
func semacquire(addr *uint32, reason string) {
	lock(&semaLock)
	if *addr > 0 {
		*addr--
		unlock(&semaLock)
		return
	}
	root := semroot(unsafe.Pointer(addr), true)
	sg := acquireSudog()
	sg.g = getg()
	sg.addr = unsafe.Pointer(addr)
	root.q.enqueue(sg)
	root.nwait++
	goparkunlock(&semaLock, reason)
	releaseSudog(sg)
}

// semrelease increments *addr and wakes the first waiter, if any, which takes
// the count and runs next (with handoff, the caller yields to it at once).
func semrelease(addr *uint32, handoff bool) {
	lock(&semaLock)
	*addr++
	root := semroot(unsafe.Pointer(addr), false)
	if root == nil || root.nwait == 0 {
		unlock(&semaLock)
		return
	}
	sg := root.q.dequeue()
	root.nwait--
	*addr--
	unlock(&semaLock)
	ready(sg.g)
	if handoff {
		switchToG0(actPreempt, nil)
	}
}

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(addr *uint32, reason string) {
	semacquire(addr, reason)
}

//go:linkname sync_runtime_Semrelease sync.runtime_Semrelease
func sync_runtime_Semrelease(addr *uint32, handoff bool) {
	semrelease(addr, handoff)
}

//go:linkname sync_fatal sync.fatal
func sync_fatal(s string) {
	throw(s)
}

//go:linkname sync_runtime_newproc sync.runtime_newproc
func sync_runtime_newproc(fn func()) {
	newproc(fn)
}
