package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// group is a small errgroup: it runs tasks, remembers the first error and
// cancels the shared context when one fails.
type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelCauseFunc
}

func withContext(parent context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancelCause(parent)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Go(func() {
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	})
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel(nil)
	return g.err
}

var errBad = errors.New("bad input")

func main() {
	// All succeed.
	g, ctx := withContext(context.Background())
	var mu sync.Mutex
	var got []int
	for i := range 8 {
		g.Go(func() error {
			mu.Lock()
			got = append(got, i*i)
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("err:", g.Wait())
	sort.Ints(got)
	fmt.Println(got)
	fmt.Println("ctx after wait:", ctx.Err(), context.Cause(ctx))

	// Exactly one task fails; the others wait for cancellation.
	g, ctx = withContext(context.Background())
	for i := range 5 {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, errBad)
			}
			<-ctx.Done()
			return ctx.Err()
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	fmt.Println("is bad:", errors.Is(err, errBad))
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("ctx err:", ctx.Err())
}
