package main

import "fmt"

type R struct {
	Lo, Hi, Stride uint16
}

type T struct {
	A     []R
	B     *R
	N     int
	F     float64
	Ok    bool
	Arr   [3]int8
	Inner struct{ X, Y int32 }
}

var tab = T{A: []R{{1, 2, 3}, {Lo: 4, Hi: 5}}, B: &R{7, 8, 9}, N: -5, F: 2.5, Ok: true, Arr: [3]int8{-1, 2: 3}, Inner: struct{ X, Y int32 }{-7, 8}}
var P = &tab
var Q = &T{N: 1 << 40}
var arr = [4]*T{&tab, nil, P0, &tab}
var P0 *T = nil
var sl = arr[:]
var ptrs = []*T{&tab, &tab}
var dyn = len(sl) * 2
var f32 float32 = 0.1
var u8 uint8 = 255
var s = "strings stay dynamic"

type d [3]rune
type CR struct {
	Lo, Hi uint32
	Delta  d
}

var crs = []CR{{0x49, 0x49, d{0, 232, 0}}, {0x130, 0x130, d{0, -199, 0}}}

func main() {
	fmt.Println(tab.A, *tab.B, tab.N, tab.F, tab.Ok, tab.Arr, tab.Inner)
	fmt.Println(P == &tab, Q.N, arr[0] == P, arr[1], arr[3] == P, len(sl), cap(sl), sl[0] == P, ptrs[1] == P, dyn, f32, u8, s)
	fmt.Println(crs)
	P.N = 10
	sl[1] = Q
	fmt.Println(tab.N, arr[1].N)
	tab.A = append(tab.A, R{9, 9, 9})
	fmt.Println(tab.A)
}
