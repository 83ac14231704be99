package sync

// Cond is a condition variable: goroutines wait on it until Signal or Broadcast.
// L is held while observing or changing the condition. Signal wakes the longest
// waiting goroutine. The waiter list relies on goroutines sharing one thread; it
// needs a lock of its own once they do not.
type Cond struct {
	noCopy noCopy
	L      Locker
	queue  []*condWaiter
}

type condWaiter struct {
	sema uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	w := new(condWaiter)
	c.queue = append(c.queue, w)
	c.L.Unlock()
	runtime_Semacquire(&w.sema, "sync.Cond.Wait")
	c.L.Lock()
}

// Signal wakes one waiting goroutine, if there is one.
func (c *Cond) Signal() {
	if len(c.queue) == 0 {
		return
	}
	w := c.queue[0]
	c.queue = c.queue[1:]
	runtime_Semrelease(&w.sema, false)
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	q := c.queue
	c.queue = nil
	for _, w := range q {
		runtime_Semrelease(&w.sema, false)
	}
}
