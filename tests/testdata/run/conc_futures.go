package main

import (
	"errors"
	"fmt"
	"strconv"
)

type future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func async[T any](f func() (T, error)) *future[T] {
	fu := &future[T]{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *future[T]) await() (T, error) {
	<-f.done
	return f.val, f.err
}

func all[T any](fs []*future[T]) ([]T, error) {
	out := make([]T, len(fs))
	var errs []error
	for i, f := range fs {
		v, err := f.await()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out[i] = v
	}
	return out, errors.Join(errs...)
}

func main() {
	inputs := []string{"12", "7", "x1", "40", "", "-3"}
	var fs []*future[int]
	for _, s := range inputs {
		fs = append(fs, async(func() (int, error) {
			n, err := strconv.Atoi(s)
			return n * n, err
		}))
	}
	vals, err := all(fs)
	fmt.Println(vals)
	fmt.Println(err)
	// Awaiting twice returns the same thing.
	v, err := fs[0].await()
	fmt.Println(v, err)
	// Futures of futures.
	outer := async(func() (*future[string], error) {
		return async(func() (string, error) { return "inner", nil }), nil
	})
	in, _ := outer.await()
	s, _ := in.await()
	fmt.Println(s)
}
