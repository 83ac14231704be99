package main

import (
	"context"
	"errors"
	"fmt"
)

func state(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Printf("%s: done, %v\n", name, ctx.Err())
	default:
		fmt.Printf("%s: live, %v\n", name, ctx.Err())
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()
	a2 := context.WithValue(a, "k", "v")
	a2c, cancelA2c := context.WithCancel(a2)
	defer cancelA2c()

	// Cancelling a child leaves its parent and siblings alone.
	cancelB()
	state("root", root)
	state("a", a)
	state("b", b)

	// Cancelling a node cancels everything below it.
	cancelA()
	state("root", root)
	state("a1", a1)
	state("a2", a2)
	state("a2c", a2c)

	// Cancel functions may be called again.
	cancelA()
	cancelB()

	// A child of a cancelled parent is born cancelled.
	late, cancelLate := context.WithCancel(a)
	defer cancelLate()
	state("late", late)

	cancelRoot()
	state("root", root)
	fmt.Println(errors.Is(a1.Err(), context.Canceled), a1.Err() == context.Canceled)
	fmt.Println(context.Canceled, context.DeadlineExceeded)

	// Background and TODO are never cancelled.
	fmt.Println(context.Background().Done() == nil, context.Background().Err(), context.TODO().Err())
	_, ok := context.Background().Deadline()
	fmt.Println(ok)

	// Done returns the same channel every time, also after cancellation.
	c, cancel := context.WithCancel(context.Background())
	d1 := c.Done()
	cancel()
	fmt.Println(d1 == c.Done())

	// A nil parent panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilCtx context.Context
	context.WithCancel(nilCtx)
}
