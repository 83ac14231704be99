package main

import "fmt"

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue = Green * 10
	Alpha
)

const (
	x0 = "s"
	x1
	x2 = iota
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Big = 1 << 100
const Huge = Big * Big

func main() {
	fmt.Println(KB, MB, GB, A, B, C, D, E, F)
	fmt.Println(Red, Green, Blue, Alpha, x0, x1, x2)
	fmt.Println(Pi, float32(Pi), Pi*2, Big>>98, Huge>>199)
	var f float64 = 1 / 3.0
	const third = 1 / 3
	const thirdF = 1 / 3.0
	fmt.Println(f, third, thirdF, 7/2, 7/2.0, 1<<3+1)
	var i int = 1e3
	var g float32 = 1 << 24
	fmt.Println(i, g, 'a'*2, "s"+"t", len("héllo"))
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	if x := "str"; len(x) > 0 {
		fmt.Println("if", x)
	} else if y := x + "!"; y != "" {
		fmt.Println(y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println("outer", x)
	var err error
	if true {
		v, err := 1, fmt.Errorf("shadowed")
		_ = v
		_ = err
	}
	println(err == nil)
	type int32 = string
	var s int32 = "alias"
	println(s)
	const (
		m = 1 << iota
		n
		o
	)
	println(m, n, o)
	var h = 0.1
	println(h+0.2 == 0.3, 0.1+0.2 == 0.3)
	const c1 = 10
	var d1 = c1 / 4
	var d2 = c1 / 4.0
	println(d1, d2)
}
