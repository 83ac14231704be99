package sync

// Cond is a condition variable: goroutines wait on it until Signal or Broadcast.
// L is held while observing or changing the condition. Signal wakes the longest
// waiting goroutine. The waiter list has a lock of its own: Signal and Broadcast
// may be called without holding L.
type Cond struct {
	noCopy noCopy
	L      Locker
	mu     Mutex
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
	c.mu.Lock()
	c.queue = append(c.queue, w)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(&w.sema, "sync.Cond.Wait")
	c.L.Lock()
}

// Signal wakes one waiting goroutine, if there is one.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.queue) == 0 {
		c.mu.Unlock()
		return
	}
	w := c.queue[0]
	c.queue = c.queue[1:]
	c.mu.Unlock()
	runtime_Semrelease(&w.sema, false)
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	q := c.queue
	c.queue = nil
	c.mu.Unlock()
	for _, w := range q {
		runtime_Semrelease(&w.sema, false)
	}
}
