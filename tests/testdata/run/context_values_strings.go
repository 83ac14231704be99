package main

import (
	"context"
	"fmt"
)

type ctxKey int

type named string

func (n named) String() string { return "named(" + string(n) + ")" }

type point struct{ x, y int }

const (
	userKey ctxKey = iota
	reqKey
)

func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	c1 := context.WithValue(bg, userKey, "gopher")
	fmt.Println(c1)
	c2 := context.WithValue(c1, reqKey, 42)
	fmt.Println(c2)
	fmt.Println(c2.Value(userKey), c2.Value(reqKey), c2.Value(ctxKey(7)), c2.Value(0))

	// Inner values shadow outer ones with the same key.
	c3 := context.WithValue(c2, userKey, "other")
	fmt.Println(c3.Value(userKey), c2.Value(userKey))

	// Keys of different types never match.
	c4 := context.WithValue(c3, "user", "string key")
	fmt.Println(c4.Value("user"), c4.Value(userKey))

	// String forms of every kind of context.
	cc, cancel := context.WithCancel(c1)
	defer cancel()
	fmt.Println(cc)
	wc := context.WithoutCancel(cc)
	fmt.Println(wc)
	fmt.Println(context.WithValue(wc, named("k"), named("v")))
	fmt.Println(context.WithValue(bg, "str", nil))
	fmt.Println(context.WithValue(bg, point{1, 2}, &point{3, 4}))
	fmt.Println(context.WithValue(bg, 3.5, []int{1}))
	cc2, cancel2 := context.WithCancel(context.TODO())
	defer cancel2()
	fmt.Println(cc2)
	cc3, cancel3 := context.WithCancelCause(cc2)
	defer cancel3(nil)
	fmt.Println(cc3)
	fmt.Printf("%v|%s\n", cc3, context.WithValue(cc3, userKey, 1))

	// WithoutCancel keeps values but not cancellation.
	base, cancelBase := context.WithCancel(context.WithValue(bg, userKey, "kept"))
	detached := context.WithoutCancel(base)
	cancelBase()
	fmt.Println(base.Err(), detached.Err(), detached.Done() == nil, detached.Value(userKey))
	_, ok := detached.Deadline()
	fmt.Println(ok)
	child, cancelChild := context.WithCancel(detached)
	defer cancelChild()
	fmt.Println(child.Err(), context.Cause(child))

	// Invalid keys panic.
	for _, k := range []any{nil, []int{1}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			context.WithValue(bg, k, 1)
		}()
	}
}
