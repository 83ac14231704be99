package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type netErr interface{ Timeout() bool }

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	_, has := ctx.Deadline()
	fmt.Println("has deadline:", has, "err before:", ctx.Err())
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println("err:", err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	fmt.Println("is Canceled:", errors.Is(err, context.Canceled))
	var te netErr
	fmt.Println("timeout:", errors.As(err, &te) && te.Timeout())
	fmt.Println("cause:", context.Cause(ctx))
	cancel()
	fmt.Println("after cancel still:", ctx.Err())

	// A deadline in the past is exceeded at once.
	past, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	select {
	case <-past.Done():
		fmt.Println("past deadline done:", past.Err())
	default:
		fmt.Println("past deadline not done")
	}

	// A child cannot extend its parent's deadline.
	parent, cancel3 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel3()
	child, cancel4 := context.WithTimeout(parent, time.Hour)
	defer cancel4()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline equals parent's:", pd.Equal(cd))
	<-child.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())

	// WithTimeoutCause reports its own cause but the same Err.
	errSlow := errors.New("backend too slow")
	cc, cancel5 := context.WithTimeoutCause(context.Background(), time.Millisecond, errSlow)
	defer cancel5()
	<-cc.Done()
	fmt.Println("err:", cc.Err(), "cause:", context.Cause(cc))

	// Cancelling before the deadline gives Canceled.
	early, cancel6 := context.WithTimeout(context.Background(), time.Hour)
	cancel6()
	fmt.Println("early:", early.Err(), context.Cause(early))

	// A select with a timeout around a slow operation.
	slow := make(chan int)
	tctx, cancel7 := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel7()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-tctx.Done():
		fmt.Println("gave up:", tctx.Err())
	}
}
