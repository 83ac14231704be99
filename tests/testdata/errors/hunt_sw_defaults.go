package main

import "fmt"

func main() {
	var e interface{} = 1
	switch e.(type) {
	case int, string:
	case int:
	case fmt.Stringer, error, fmt.Stringer:
	case nil, nil:
	default:
	default:
	}
	select {
	default:
	default:
	}
	switch e := e.(type) {
	case int, int:
		fmt.Println(e)
	}
}
