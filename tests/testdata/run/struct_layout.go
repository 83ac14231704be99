// Struct layout follows gc's alignment: sizes via unsafe.Sizeof, and mixed-width fields keep their values.
package main

import (
	"fmt"
	"unsafe"
)

type mixed struct {
	a bool
	b int64
	c int8
	d int16
	e int32
	f byte
}

type tail struct {
	n int32
	z struct{}
}

func main() {
	var m mixed
	fmt.Println(unsafe.Sizeof(m), unsafe.Sizeof(tail{}), unsafe.Sizeof(struct{}{}))
	m.a = true
	m.b = -1 << 40
	m.c = -7
	m.d = 300
	m.e = -70000
	m.f = 255
	fmt.Println(m)
	ms := []mixed{m, {c: 1}}
	ms[1].d = -2
	fmt.Println(ms)
	c := m
	c.f++
	fmt.Println(c.f, m.f, c == m)
}
