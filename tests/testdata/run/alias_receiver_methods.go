package main

import (
	"fmt"
	"unsafe"
)

type T0 [3]int
type A0 = T0

func (a A0) Sum() int { return a[0] + a[1] + a[2] }

type S struct{ x, y int }
type V0 = V1
type V1 = (S)

func (v *V0) Scale(k int) { v.x *= k; v.y *= k }
func (v V1) String() string { return fmt.Sprintf("(%d,%d)", v.x, v.y) }

type P *S

type C struct{ n int }
type PC = *C

func (c PC) Inc() { c.n++ }


type Inner struct{ a, b int64 }
type Outer struct {
	pad int32
	Inner
}

func f2() ([]int, int) { return []int{1, 2}, 3 }

const (
	zero = iota
	one
	size = unsafe.Sizeof(func() { var x [iota]int; _ = x })
	three = iota
)

func main() {
	var t T0 = T0{1, 2, 3}
	fmt.Println(t.Sum())
	s := &S{1, 2}
	s.Scale(3)
	fmt.Println(s)
	var p P = s
	p.x = 10 // field selection through a defined pointer type
	fmt.Println(p.x, s.y)
	var op *Outer
	fmt.Println(unsafe.Offsetof(op.Inner), unsafe.Offsetof(op.b))
	fmt.Println(cap([4]int{cap([4]int{})}), len([2]float64{real(2i)}))
	fmt.Println(zero, one, size, three)
	var c C
	c.Inc()
	(&c).Inc()
	fmt.Println(c.n)
	var u8 uint8
	for u8 = range 200 {
	}
	var big uint
	for big = range 3 {
	}
	for r := range 'c' - 'a' {
		fmt.Printf("%T %v ", r, r)
	}
	fmt.Println(u8, big)
}
