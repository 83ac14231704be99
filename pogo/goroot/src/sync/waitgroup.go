package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish.
//
// state packs the counter (high 32 bits) and the number of waiters (low 32).
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   uint32
}

// Add adds delta to the counter; when it reaches zero, every Wait returns.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if v > 0 || w == 0 {
		return
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if state>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			runtime_Semacquire(&wg.sema, "sync.WaitGroup.Wait")
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the group. A panic in f
// is re-raised without calling Done: the crash must win over a Wait that
// would otherwise return and let the program exit normally.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}
			wg.Done() // also after runtime.Goexit
		}()
		f()
	}()
}
