package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock; its zero value is unlocked.
//
// state holds the locked bit and, above it, the number of waiters. Unlock with
// waiters hands the lock directly to the longest waiting goroutine (the locked
// bit stays set), so waiters acquire the lock in arrival order.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWaiterShift = 1
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked == 0 {
			if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
				return
			}
			continue
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old+1<<mutexWaiterShift) {
			runtime_Semacquire(&m.sema, "sync.Mutex.Lock")
			return // handed over by Unlock, still locked
		}
	}
}

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked)
}

// Unlock unlocks m; it is a fatal error if m is not locked.
func (m *Mutex) Unlock() {
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked == 0 {
			fatal("sync: unlock of unlocked mutex")
		}
		if old == mutexLocked {
			if atomic.CompareAndSwapInt32(&m.state, old, 0) {
				return
			}
			continue
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old-1<<mutexWaiterShift) {
			runtime_Semrelease(&m.sema, false)
			return
		}
	}
}
