package main

type (
	A2 [10]A3
	A3 [10]A4
	A4 A2

	S4 struct{ S5 }
	S5 struct{ S6 }
	S6 S4
)

type T1 interface {
	m() [x1.m()[0]]int
}

var x1 T1

func main() {}
