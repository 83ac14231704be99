package sync

// A Pool is a set of temporary objects that may be reused. Get returns a
// previously Put object if there is one (the most recent first), else the result
// of New (or nil). Without a garbage collector the pool is never emptied behind
// the caller's back.
type Pool struct {
	mu    Mutex
	items []any
	// New, if not nil, makes a value when the pool is empty.
	New func() any
}

// Put adds x to the pool; a nil x is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get removes an object from the pool and returns it.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
