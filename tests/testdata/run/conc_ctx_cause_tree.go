package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancelCause(context.Background())
	a, cancelA := context.WithCancel(root)
	defer cancelA()
	b, cancelB := context.WithCancelCause(a)
	defer cancelB(nil)
	v := context.WithValue(b, "k", "v")
	leaf, cancelLeaf := context.WithCancel(v)
	defer cancelLeaf()

	var wg sync.WaitGroup
	errs := make([]string, 4)
	for i, c := range []context.Context{a, b, v, leaf} {
		wg.Go(func() {
			<-c.Done()
			errs[i] = fmt.Sprint(c.Err(), " / ", context.Cause(c))
		})
	}
	errShutdown := errors.New("shutting down")
	cancelRoot(errShutdown)
	wg.Wait()
	for i, e := range errs {
		fmt.Println(i, e)
	}
	fmt.Println("root:", root.Err(), "/", context.Cause(root))
	fmt.Println("leaf value:", leaf.Value("k"))

	// A later cancel does not change the recorded cause.
	cancelB(errors.New("too late"))
	fmt.Println("b cause:", context.Cause(b))

	// Cancel with nil cause records Canceled.
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(c2.Err(), "/", context.Cause(c2))

	// Cause of a context that is not done is nil.
	live, cancelLive := context.WithCancelCause(context.Background())
	fmt.Println("live cause:", context.Cause(live))
	cancelLive(errShutdown)
	fmt.Println("is:", errors.Is(context.Cause(live), errShutdown))

	// WithoutCancel keeps values but not cancellation.
	wo := context.WithoutCancel(leaf)
	fmt.Println("without cancel:", wo.Err(), wo.Done() == nil, wo.Value("k"))

	// Background and TODO.
	fmt.Println(context.Background(), context.TODO())
	fmt.Println(context.Background().Done() == nil, context.Background().Err())
}
