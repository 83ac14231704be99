package main

import (
	"errors"
	"fmt"
)

func Try[T any](f func() T) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func MustGet[K comparable, V any](m map[K]V, k K) V {
	v, ok := m[k]
	if !ok {
		panic(fmt.Sprintf("missing key %v", k))
	}
	return v
}

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func main() {
	v, err := Try(func() int { return 42 })
	fmt.Println(v, err)
	s, err := Try(func() string { return MustGet(map[string]string{"a": "b"}, "x") })
	fmt.Printf("%q %v\n", s, err)
	r := Result[[]int]{Val: []int{1}}
	fmt.Println(r.Unwrap())
	_, err = Try(func() []int { return Result[[]int]{Err: errors.New("bad")}.Unwrap() })
	fmt.Println(err)
	var order []string
	func() {
		defer func() { order = append(order, fmt.Sprint(recover())) }()
		MustGet(map[int]bool{}, 7)
	}()
	fmt.Println(order)
}
