package main

import "fmt"

type S struct{ A, B, C int64 }

func main() {
	var s S
	_ = s
	switch i := interface{}(true); {
	case i:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
	var e interface{} = 3
	switch 3 {
	case e:
		fmt.Println("three")
	}
	x := 4
	switch x {
	case e:
		fmt.Println("bad")
	default:
		fmt.Println("not e")
	}
	switch {
	case 1 != 0:
		fmt.Println("a")
	case 2 != 0:
		fmt.Println("b")
	}
}
