package main

import (
	"fmt"
	"unsafe"
)

// A union of constraint interfaces, one of them declared after its use.
type Number interface {
	Ints | Floats
}

type Ints interface{ ~int | ~int32 }

type Floats interface{ ~float64 }

func sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Anything interface{ int | any }

func show[T Anything](x T) string { return fmt.Sprint(x) }

// Indexing a type parameter whose types differ but share the element type.
func third[T interface{ []int16 | [4]int16 | *[5]int16 }](x T) int16 { return x[2] }

func setSecond[T interface{ []byte | *[3]byte }](x T) { x[1] = 'Z' }

func firstByte[T interface{ string | []byte }](x T) byte { return x[0] }

type dict map[string]int

func lookup[M interface{ map[string]int | dict }](m M, k string) int {
	return m[k]
}

type pair[T any] struct {
	a T
	b int8
}

// unsafe.Sizeof/Alignof/Offsetof of types that depend on a type parameter.
func layout[T any]() (uintptr, uintptr, uintptr) {
	var p pair[T]
	return unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.b)
}

func main() {
	fmt.Println(sum(1, 2, 3), sum[int32](4, 5), sum(0.5, 0.25))
	fmt.Println(show(3), show("x"), show([]int{1}))
	arr := [4]int16{1, 2, 3, 4}
	fmt.Println(third([]int16{7, 8, 9}), third(arr), third(&[5]int16{0, 0, 5}))
	b := []byte("abc")
	setSecond(b)
	a3 := [3]byte{'x', 'y', 'z'}
	setSecond(&a3)
	fmt.Println(string(b), string(a3[:]))
	fmt.Println(firstByte("hi"), firstByte([]byte{9}))
	fmt.Println(lookup(map[string]int{"k": 3}, "k"), lookup(dict{"j": 4}, "j"))
	fmt.Println(layout[int8]())
	fmt.Println(layout[int64]())
	fmt.Println(layout[string]())
	fmt.Println(layout[[3]int16]())
}
