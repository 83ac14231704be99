// env: GOMAXPROCS=1
// Two goroutines waking each other through runnext must not starve the run queue: the
// chain inherits one time slice, so sysmon preempts it after 10 ms (GOMAXPROCS=1).
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type call struct {
	wg  sync.WaitGroup
	val string
	err error
	dup int
}

// group suppresses duplicate concurrent calls with the same key.
type group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *group) do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dup++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := new(call)
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()
	c.val, c.err = fn()
	c.wg.Done()
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, c.err, false
}

func main() {
	var g group
	var calls atomic.Int32
	release := make(chan struct{})
	entered := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 10)
	shared := make([]bool, 10)
	// The first caller blocks inside fn until all others have joined.
	wg.Go(func() {
		results[0], _, shared[0] = g.do("user:42", func() (string, error) {
			calls.Add(1)
			close(entered)
			<-release
			return "alice", nil
		})
	})
	<-entered
	for i := 1; i < 10; i++ {
		wg.Go(func() {
			results[i], _, shared[i] = g.do("user:42", func() (string, error) {
				calls.Add(1)
				return "someone else", nil
			})
		})
	}
	// Wait until all nine are waiting on the in-flight call.
	for {
		g.mu.Lock()
		d := g.m["user:42"].dup
		g.mu.Unlock()
		if d == 9 {
			break
		}
		runtimeYield()
	}
	close(release)
	wg.Wait()
	sort.Strings(results)
	nshared := 0
	for _, s := range shared {
		if s {
			nshared++
		}
	}
	fmt.Println("calls:", calls.Load(), "shared:", nshared, results[0], results[9])
	// After the call finished, a new one runs again.
	v, _, sh := g.do("user:42", func() (string, error) { calls.Add(1); return "bob", nil })
	fmt.Println(v, sh, calls.Load())
}

func runtimeYield() {
	c := make(chan struct{})
	go close(c)
	<-c
}
