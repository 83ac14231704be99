package main

// FuncForPC names functions, methods, closures and other packages' functions
// through reflect's code pointers.

import (
	"fmt"
	"reflect"
	"runtime"
)

func hello() {}

type T struct{}

func (T) M() {}

func main() {
	for _, f := range []any{hello, T.M, fmt.Println, func() {}} {
		fmt.Println(runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name())
	}
}
