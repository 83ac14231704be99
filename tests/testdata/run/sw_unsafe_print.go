package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A bool
	B int64
	C uint16
	D *int
	E [3]byte
	F string
	G []int
	H interface{}
	I complex128
	J float32
}

type Small struct {
	a byte
	b int32
	c byte
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.B), unsafe.Offsetof(s.C),
		unsafe.Offsetof(s.D), unsafe.Offsetof(s.E), unsafe.Offsetof(s.F), unsafe.Offsetof(s.G),
		unsafe.Offsetof(s.H), unsafe.Offsetof(s.I), unsafe.Offsetof(s.J))
	var sm Small
	fmt.Println(unsafe.Sizeof(sm), unsafe.Alignof(sm.b), unsafe.Offsetof(sm.c), unsafe.Sizeof([3]Small{}))
	fmt.Println(unsafe.Sizeof(struct{}{}), unsafe.Sizeof(complex64(0)), unsafe.Sizeof(""), unsafe.Alignof(complex128(0)))
	const sz = unsafe.Sizeof(int32(0)) * 2
	var arr [sz]int
	fmt.Println(len(arr))
	x := [4]int32{1, 2, 3, 4}
	p := unsafe.Pointer(&x[0])
	third := *(*int32)(unsafe.Add(p, 8))
	fmt.Println(third)
	sl := unsafe.Slice(&x[1], 2)
	fmt.Println(sl, len(sl))
	str := "hello"
	bp := unsafe.StringData(str)
	fmt.Println(*bp, unsafe.String(bp, 3))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%x\n", bits)
	print("to stderr ", 1, " ", true, "\n")
	println("println", 2, 3.5, "x")
	var ip *int
	println(ip)
}
