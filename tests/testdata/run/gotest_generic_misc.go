package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type myint int

func (m myint) String() string { return "#" + strconv.Itoa(int(m)) }

type box[T any] struct{ v T }

func (b box[T]) Get() T { return b.v }

// T.String on a type parameter: the type argument's own method.
func names[T Stringer](xs []T) []string {
	f := T.String
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func conv[T ~complex64 | ~complex128 | ~float32 | ~float64]() T { return T(2.7) }

var getter interface{ Get() int } = box[int]{5}

// A method value of an interface variable in a package-level initialiser.
var get = getter.Get

var gbox = box[string].Get

func main() {
	fmt.Println(names([]myint{1, 2, 3}))
	fmt.Println(conv[complex128](), conv[complex64](), conv[float64](), conv[float32]())
	fmt.Println(get(), gbox(box[string]{"s"}))
}
