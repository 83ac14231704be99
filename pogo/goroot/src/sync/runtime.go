// Package sync provides mutual exclusion locks, wait groups, one-time
// initialisation and condition variables. Blocking goes through runtime
// semaphores (FIFO queues of parked goroutines); state words are changed with
// sync/atomic, so the algorithms stay correct when goroutines run on several
// threads. Map and Pool are simple mutex-guarded versions.
package sync

// Implemented in the runtime (runtime/sema.go).
func runtime_Semacquire(addr *uint32, reason string)
func runtime_Semrelease(addr *uint32, handoff bool)
func runtime_newproc(fn func())

// fatal reports an unrecoverable misuse ("fatal error: ..."), exit status 2.
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy marks types that must not be copied after first use (for vet).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
