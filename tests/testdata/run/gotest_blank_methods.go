package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (T) _() { panic("never called") }

func (*T) _() {}

func (t T) Get() int { return t.n }

func _() {}

func _() { panic("never called") }

type One []int
type Two []int

func main() {
	var x interface{ Get() int } = T{3}
	fmt.Println(x.Get(), reflect.TypeOf(T{}).NumMethod(), reflect.TypeOf(&T{}).NumMethod())
	// append(s, t...) only needs t assignable to []E, not to s's type
	fmt.Println(append(One{1}, Two{2, 3}...), len(append(Two(nil), One{4}...)))
}
