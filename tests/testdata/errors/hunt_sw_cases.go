package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func main() {
	x := 3
	var i8 int8 = 1
	var c Color
	var e interface{} = 1
	switch x {
	case 1, 2:
	case 3, 1:
	case 1.5:
	case 2 + 1:
	case nil:
	}
	switch i8 {
	case 300:
	case x:
	}
	switch c {
	case Red, Green, 0:
	case Color(1):
	}
	switch e {
	case 1, "a", 1:
	case nil:
	}
	switch {
	case x > 1:
	case true:
	default:
	default:
	}
	switch e.(type) {
	case int, string:
	case int:
	case fmt.Stringer, error, fmt.Stringer:
	default:
	default:
	}
	s := "a"
	switch s {
	case "a", "b", "a":
	}
	select {
	default:
	default:
	}
}
