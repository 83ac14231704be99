package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type request struct {
	id    int
	reply chan string
}

type server struct {
	reqs     chan request
	wg       sync.WaitGroup
	mu       sync.Mutex
	handled  []int
	rejected int
}

func (s *server) serve(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r := <-s.reqs:
			s.wg.Go(func() {
				time.Sleep(time.Millisecond)
				s.mu.Lock()
				s.handled = append(s.handled, r.id)
				s.mu.Unlock()
				r.reply <- fmt.Sprint("ok ", r.id)
			})
		}
	}
}

func (s *server) shutdown(timeout time.Duration) error {
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-time.After(timeout):
		return errors.New("shutdown timed out")
	}
}

func main() {
	s := &server{reqs: make(chan request)}
	ctx, cancel := context.WithCancel(context.Background())
	serveErr := make(chan error, 1)
	go func() { serveErr <- s.serve(ctx) }()

	replies := make([]chan string, 10)
	for i := range replies {
		replies[i] = make(chan string, 1)
		s.reqs <- request{i, replies[i]}
	}
	cancel()
	fmt.Println("serve returned:", <-serveErr)
	// After shutdown began, new requests are not accepted.
	select {
	case s.reqs <- request{99, make(chan string, 1)}:
		fmt.Println("accepted after shutdown")
	case <-time.After(5 * time.Millisecond):
		s.rejected++
	}
	fmt.Println("shutdown:", s.shutdown(5*time.Second))
	for i, r := range replies {
		if got := <-r; got != fmt.Sprint("ok ", i) {
			fmt.Println("bad reply", got)
		}
	}
	sort.Ints(s.handled)
	fmt.Println("handled:", s.handled, "rejected:", s.rejected)
}
