package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var errShutdown = errors.New("shutting down")

func main() {
	bg := context.Background()
	ctx, cancel := context.WithCancelCause(bg)
	fmt.Println(ctx.Err(), context.Cause(ctx))
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	cancel(errShutdown)
	cancel(errors.New("ignored"))
	fmt.Println(ctx.Err(), context.Cause(ctx))
	fmt.Println(child.Err(), context.Cause(child))

	// A nil cause means Canceled.
	ctx2, cancel2 := context.WithCancelCause(bg)
	cancel2(nil)
	fmt.Println(context.Cause(ctx2))

	// Causes of deadlines.
	ctx3, cancel3 := context.WithTimeoutCause(bg, 5*time.Millisecond, errors.New("too slow"))
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), context.Cause(ctx3))
	ctx4, cancel4 := context.WithTimeout(bg, 5*time.Millisecond)
	defer cancel4()
	<-ctx4.Done()
	fmt.Println(context.Cause(ctx4))
	ctx5, cancel5 := context.WithDeadlineCause(bg, time.Now().Add(time.Hour), errors.New("unused"))
	cancel5()
	fmt.Println(ctx5.Err(), context.Cause(ctx5))

	// Cause of contexts that are not cancelable, or not cancelled.
	fmt.Println(context.Cause(bg), context.Cause(context.WithValue(bg, 1, 2)))
	live, cancelLive := context.WithCancel(bg)
	fmt.Println(context.Cause(live))
	cancelLive()

	// AfterFunc runs f once the context is done, in its own goroutine.
	var wg sync.WaitGroup
	ctx6, cancel6 := context.WithCancel(bg)
	wg.Add(1)
	stop := context.AfterFunc(ctx6, func() {
		fmt.Println("after func:", ctx6.Err())
		wg.Done()
	})
	cancel6()
	wg.Wait()
	fmt.Println("stop after run:", stop())

	// Stopping it first prevents the call.
	ctx7, cancel7 := context.WithCancel(bg)
	stop7 := context.AfterFunc(ctx7, func() { fmt.Println("must not run") })
	fmt.Println("stop:", stop7(), "again:", stop7())
	cancel7()
	time.Sleep(10 * time.Millisecond)

	// On an already-done context it runs at once.
	done := make(chan bool)
	context.AfterFunc(ctx7, func() { done <- true })
	fmt.Println("ran:", <-done)

	// With a timeout.
	ctx8, cancel8 := context.WithTimeout(bg, 10*time.Millisecond)
	defer cancel8()
	context.AfterFunc(ctx8, func() { done <- true })
	fmt.Println("timeout ran:", <-done, ctx8.Err())
}
