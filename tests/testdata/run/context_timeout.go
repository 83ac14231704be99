package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type timeouter interface{ Timeout() bool }

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, 300*time.Millisecond)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	te, ok := err.(timeouter)
	fmt.Println(ok && te.Timeout())

	ctx2, cancel2 := context.WithTimeout(context.Background(), 300*time.Millisecond)
	fmt.Println(slowOp(ctx2, 5*time.Millisecond))
	cancel2()
	fmt.Println(ctx2.Err())

	// A deadline in the past: done at once.
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println(past.Err())
	<-past.Done()

	// Deadline reports the deadline; children inherit the earlier one.
	dl := time.Now().Add(time.Hour)
	p, cp := context.WithDeadline(context.Background(), dl)
	defer cp()
	got, ok := p.Deadline()
	fmt.Println(got.Equal(dl), ok)
	ch, cch := context.WithTimeout(p, 2*time.Hour)
	defer cch()
	got, ok = ch.Deadline()
	fmt.Println(got.Equal(dl), ok)
	v := context.WithValue(p, 1, 2)
	got, ok = v.Deadline()
	fmt.Println(got.Equal(dl), ok)

	// A parent's timeout reaches its descendants.
	parent, cancelParent := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelParent()
	kid, cancelKid := context.WithCancel(parent)
	defer cancelKid()
	grandkid, cancelGK := context.WithTimeout(kid, time.Hour)
	defer cancelGK()
	<-grandkid.Done()
	fmt.Println(grandkid.Err(), kid.Err(), parent.Err())

	// A child's timeout does not reach its parent.
	outer, cancelOuter := context.WithCancel(context.Background())
	inner, cancelInner := context.WithTimeout(outer, 5*time.Millisecond)
	defer cancelInner()
	<-inner.Done()
	fmt.Println(inner.Err(), outer.Err())
	cancelOuter()
	fmt.Println(inner.Err(), outer.Err())

	// Several goroutines waiting on one context.
	ctx3, cancel3 := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer cancel3()
	res := make(chan error)
	for i := 0; i < 5; i++ {
		go func() { res <- slowOp(ctx3, time.Duration(500+i)*time.Millisecond) }()
	}
	n := 0
	for i := 0; i < 5; i++ {
		if errors.Is(<-res, context.DeadlineExceeded) {
			n++
		}
	}
	fmt.Println("timed out:", n)
}
