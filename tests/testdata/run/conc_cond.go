package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	q := newQueue()
	sums := make(chan int)
	for i := 0; i < 4; i++ {
		go func() {
			s := 0
			for {
				v, ok := q.get()
				if !ok {
					break
				}
				s += v
			}
			sums <- s
		}()
	}
	for i := 1; i <= 200; i++ {
		q.put(i)
	}
	q.close()
	total := 0
	for i := 0; i < 4; i++ {
		total += <-sums
	}
	fmt.Println(total)
}
