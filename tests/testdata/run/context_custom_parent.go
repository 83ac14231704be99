package main

import (
	"context"
	"fmt"
	"time"
)

// myCtx is a Context implemented outside package context: children watch
// its Done channel.
type myCtx struct {
	done chan struct{}
	err  error
}

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Err() error                  { return c.err }
func (c *myCtx) Value(key any) any {
	if key == "who" {
		return "mine"
	}
	return nil
}

// wrapped embeds a cancel context but is its own type.
type wrapped struct{ context.Context }

func main() {
	m := &myCtx{done: make(chan struct{})}
	child, cancel := context.WithCancel(m)
	defer cancel()
	fmt.Println(child)
	fmt.Println(child.Value("who"), child.Err())
	m.err = context.Canceled
	close(m.done)
	<-child.Done()
	fmt.Println(child.Err(), context.Cause(child))

	base, cancelBase := context.WithCancel(context.Background())
	w := wrapped{base}
	fmt.Println(context.WithValue(w, "a", "b"))
	kid, cancelKid := context.WithCancel(w)
	defer cancelKid()
	cancelBase()
	<-kid.Done()
	fmt.Println(kid.Err())

	// A parent that is never done: children are only cancelled by hand.
	never := &myCtx{}
	c2, cancel2 := context.WithTimeout(never, 10*time.Millisecond)
	defer cancel2()
	<-c2.Done()
	fmt.Println(c2.Err())
}
