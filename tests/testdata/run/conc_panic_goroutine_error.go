package main

import (
	"errors"
	"fmt"
	"time"
)

type queryError struct {
	table string
	err   error
}

func (e *queryError) Error() string { return "query " + e.table + ": " + e.err.Error() }
func (e *queryError) Unwrap() error { return e.err }

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("worker defer runs first")
		panic(&queryError{"users", errors.New("connection reset")})
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
	}
	fmt.Println("unreachable")
}
