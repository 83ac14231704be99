// recover stops a panic in a deferred function; the function then returns normally.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative"))
	}
	return n
}

func try(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	f()
	return "ok"
}

func main() {
	fmt.Println(safeDiv(9, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() { mustPositive(3) }))
	fmt.Println(try(func() { mustPositive(-1) }))
	fmt.Println(try(func() { panic("plain string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(recover())
}
