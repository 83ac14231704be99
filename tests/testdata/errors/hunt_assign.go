package main

import "fmt"

type S struct{ a int }

func get() S { return S{} }

func two() (int, int) { return 1, 2 }

func main() {
	m := map[string]S{}
	m["x"].a = 5
	get().a = 3
	"abc"[0] = 'x'
	a, b, c := two()
	var x int
	x, y := 1
	len("a") = 2
	var arr [3]int
	arr[5] = 1
	fmt.Println(a, b, c, x, y)
	var f float64 = "s"
	var i int = 3.5
	var u uint8 = 256
	var ch chan<- int
	<-ch
	fmt.Println(f, i, u)
}
