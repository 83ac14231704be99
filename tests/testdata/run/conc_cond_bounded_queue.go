package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func newQueue(n int) *queue {
	q := &queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.mu.Unlock()
}

func main() {
	q := newQueue(4)
	var producers, consumers sync.WaitGroup
	sums := make([]int, 3)
	counts := make([]int, 3)
	for c := range 3 {
		consumers.Go(func() {
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				sums[c] += v
				counts[c]++
			}
		})
	}
	for p := range 5 {
		producers.Go(func() {
			for i := 1; i <= 100; i++ {
				q.put(p*1000 + i)
			}
		})
	}
	producers.Wait()
	q.close()
	consumers.Wait()
	total, n := 0, 0
	for i := range 3 {
		total += sums[i]
		n += counts[i]
	}
	fmt.Println("items:", n, "sum:", total)
	fmt.Println("left:", len(q.items))
}
