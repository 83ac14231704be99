package main

type T3 interface{ m() }
type A3 = T3
type A10 = [10]int
type T0 [10]int
type A0 = T0
type B0 = B1
type B1 = int

func (A3) m1()  {}
func (A10) m1() {}
func (A0) m2()  {}
func (B0) m()   {}

func main() {
	var x T0
	x.m2()
}
