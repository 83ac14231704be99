package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errTemporary = errors.New("temporary failure")

func retry(ctx context.Context, attempts int, base time.Duration, op func(int) error) (int, error) {
	delay := base
	for i := 1; ; i++ {
		err := op(i)
		if err == nil {
			return i, nil
		}
		if !errors.Is(err, errTemporary) || i == attempts {
			return i, fmt.Errorf("after %d attempts: %w", i, err)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return i, fmt.Errorf("gave up after %d attempts: %w", i, context.Cause(ctx))
		case <-t.C:
		}
		delay *= 2
	}
}

func main() {
	ctx := context.Background()
	// Succeeds on the third attempt.
	n, err := retry(ctx, 5, time.Millisecond, func(i int) error {
		if i < 3 {
			return errTemporary
		}
		return nil
	})
	fmt.Println(n, err)

	// Always fails: the attempt limit is reached.
	n, err = retry(ctx, 4, time.Millisecond, func(int) error { return errTemporary })
	fmt.Println(n, err, errors.Is(err, errTemporary))

	// A permanent error stops at once.
	n, err = retry(ctx, 4, time.Millisecond, func(int) error { return errors.New("bad request") })
	fmt.Println(n, err)

	// Cancellation during the backoff wait, triggered by the operation itself.
	cctx, cancel := context.WithCancelCause(ctx)
	n, err = retry(cctx, 10, time.Hour, func(i int) error {
		if i == 1 {
			cancel(errors.New("operator aborted"))
		}
		return errTemporary
	})
	fmt.Println(n, err)

	// A deadline shorter than the first backoff.
	dctx, cancel2 := context.WithTimeout(ctx, 2*time.Millisecond)
	defer cancel2()
	n, err = retry(dctx, 10, time.Hour, func(int) error { return errTemporary })
	fmt.Println(n, err, errors.Is(err, context.DeadlineExceeded))
}
