package main

import "fmt"

type I interface{ M() }
type T struct{}

func main() {
	var x int = 5
	switch x.(type) {
	case int:
	}
	var i I
	switch v := i.(type) {
	case T:
		fmt.Println("t")
	case int, string:
	}
	switch y := i.(type) {
	}
	switch 1 {
	case "a":
	case 1, 1:
	}
}
