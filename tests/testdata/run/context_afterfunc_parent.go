package main

import (
	"context"
	"fmt"
	"sync"
)

// afCtx is a custom context with its own Done channel and AfterFunc.
type afCtx struct {
	context.Context
	mu    sync.Mutex
	done  chan struct{}
	err   error
	funcs map[int]func()
	next  int
}

func (c *afCtx) Done() <-chan struct{} { return c.done }
func (c *afCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *afCtx) AfterFunc(f func()) func() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	id := c.next
	c.next++
	c.funcs[id] = f
	fmt.Println("registered", id)
	return func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		_, ok := c.funcs[id]
		delete(c.funcs, id)
		fmt.Println("unregistered", id, ok)
		return ok
	}
}

func (c *afCtx) cancel() {
	c.mu.Lock()
	c.err = context.Canceled
	close(c.done)
	var fs []func()
	for i := 0; i < c.next; i++ {
		if f, ok := c.funcs[i]; ok {
			fs = append(fs, f)
		}
	}
	c.funcs = nil
	c.mu.Unlock()
	for _, f := range fs {
		f()
	}
}

func main() {
	p := &afCtx{Context: context.Background(), done: make(chan struct{}), funcs: map[int]func(){}}
	c1, cancel1 := context.WithCancel(p)
	fmt.Println(c1)
	cancel1()
	fmt.Println(c1.Err(), len(p.funcs))
	c2, cancel2 := context.WithCancel(p)
	defer cancel2()
	c3 := context.WithValue(c2, "k", "v")
	fmt.Println(c3)
	p.cancel()
	fmt.Println(c2.Err(), c3.Err())
}
