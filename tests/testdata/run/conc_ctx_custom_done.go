package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// stopCtx is a context implemented outside package context: only its Done
// channel tells children that it ended.
type stopCtx struct {
	context.Context
	done chan struct{}
	err  error
}

func (c *stopCtx) Done() <-chan struct{} { return c.done }
func (c *stopCtx) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}

var errStopped = errors.New("server stopped")

func main() {
	parent := &stopCtx{Context: context.Background(), done: make(chan struct{}), err: errStopped}
	child, cancel := context.WithCancel(parent)
	defer cancel()
	grand, cancel2 := context.WithTimeout(child, time.Hour)
	defer cancel2()
	fmt.Println("before:", child.Err(), grand.Err())
	close(parent.done)
	<-grand.Done()
	fmt.Println("child:", child.Err(), "cause:", context.Cause(child))
	fmt.Println("grand:", grand.Err(), "cause:", context.Cause(grand))
	fmt.Println(errors.Is(context.Cause(grand), errStopped))
}
