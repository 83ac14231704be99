package main

import (
	"errors"
	"fmt"
)

// Nested function literals and a panic with an error value.

func fail(msg string) {
	panic(errors.New(msg))
}

//go:noinline
func run(f func()) {
	f()
}

func main() {
	fmt.Println("start")
	run(func() {
		inner := func() {
			fail("boom")
		}
		inner()
	})
}
