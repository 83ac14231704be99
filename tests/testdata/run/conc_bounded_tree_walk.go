package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type node struct {
	name     string
	size     int
	children []*node
}

func build(name string, depth, fan int) *node {
	n := &node{name: name, size: len(name) * depth}
	if depth > 0 {
		for i := range fan {
			n.children = append(n.children, build(fmt.Sprintf("%s/%d", name, i), depth-1, fan))
		}
	}
	return n
}

// walk visits the tree with at most limit goroutines working at once; a
// child is walked in a new goroutine only when a slot is free.
func walk(root *node, limit int, visit func(*node)) int32 {
	sem := make(chan struct{}, limit)
	var peak, running atomic.Int32
	var wg sync.WaitGroup
	var rec func(n *node)
	rec = func(n *node) {
		visit(n)
		for _, c := range n.children {
			select {
			case sem <- struct{}{}:
				wg.Go(func() {
					r := running.Add(1)
					for {
						p := peak.Load()
						if r <= p || peak.CompareAndSwap(p, r) {
							break
						}
					}
					rec(c)
					running.Add(-1)
					<-sem
				})
			default:
				rec(c) // no free slot: walk it in this goroutine
			}
		}
	}
	rec(root)
	wg.Wait()
	return peak.Load()
}

func main() {
	root := build("r", 5, 4)
	var mu sync.Mutex
	var names []string
	total := 0
	peak := walk(root, 3, func(n *node) {
		mu.Lock()
		names = append(names, n.name)
		total += n.size
		mu.Unlock()
	})
	sort.Strings(names)
	fmt.Println("visited:", len(names), "total size:", total)
	fmt.Println(names[:3], names[len(names)-1])
	fmt.Println("peak within limit:", peak <= 3)
}
