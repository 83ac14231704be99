package main

import "os"

func helper() int {
	return "x"
}

func main() {
	f := func() {
		var u1 int
		var u2 string = 1
	}
	var a int = "1"
	var b int = "2"
	g := func() int {
		return "s"
	}
	var c int = "3"
	var d int = "4"
	unusedV := 1
	var e int = "5"
	var h int = "6"
	var i int = "7"
	_, _, _, _, _, _, _, _, _ = f, a, b, g, c, d, e, h, i
}

func later() string { return 1 }
