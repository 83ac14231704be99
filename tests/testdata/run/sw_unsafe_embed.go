package main

import (
	"fmt"
	"unsafe"
)

type Inner struct{ X, Y int }
type Outer struct {
	Pad byte
	Inner
}


func main() {
	var o Outer
	fmt.Println(unsafe.Offsetof(o.Y), unsafe.Offsetof(o.Inner))
	type local struct{ a, b int }
	x := []local{{1, 2}}
	fmt.Printf("%v %+v %T\n", x, x, x)
	var e struct{}
	var arr [0]int
	fmt.Println(unsafe.Sizeof(e), len(arr), arr)
	var p *Outer
	fmt.Println(p == nil, unsafe.Sizeof(p))
}
