package main

import "fmt"

type T struct{ a, b []int; c int }

var t0 = T{c: 5}
var t1 T
var V0 = &t0
var V1 = (&t1)
var V2 *T = &t0
var p = &x
var x = 3

func main() {
	fmt.Println(V0.c, V1.c, V2.c, *p, V0 == V2)
	V1.c = 7
	fmt.Println(t1.c)
}
