package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
}

// stack is a lock-free Treiber stack.
type stack struct {
	head atomic.Pointer[node]
	n    atomic.Int64
}

func (s *stack) push(v int) {
	nd := &node{val: v}
	for {
		old := s.head.Load()
		nd.next = old
		if s.head.CompareAndSwap(old, nd) {
			s.n.Add(1)
			return
		}
	}
}

func (s *stack) pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			s.n.Add(-1)
			return old.val, true
		}
	}
}

type settings struct {
	verbose bool
	level   int
}

func main() {
	var s stack
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				s.push(g*100 + i)
			}
		}()
	}
	wg.Wait()
	fmt.Println("size", s.n.Load())
	var got []int
	for {
		v, ok := s.pop()
		if !ok {
			break
		}
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(len(got), got[0], got[24], got[25], got[99])

	// Copy-on-write configuration.
	var cfg atomic.Pointer[settings]
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&settings{level: 1})
	old := cfg.Swap(&settings{verbose: true, level: 2})
	fmt.Println(*old, *cfg.Load())
	cur := cfg.Load()
	fmt.Println(cfg.CompareAndSwap(old, &settings{}), cfg.CompareAndSwap(cur, nil), cfg.Load() == nil)

	// Pointers of different types are distinct instantiations.
	var ps atomic.Pointer[string]
	var pi atomic.Pointer[int]
	str, num := "text", 7
	ps.Store(&str)
	pi.Store(&num)
	fmt.Println(*ps.Load(), *pi.Load())
}
