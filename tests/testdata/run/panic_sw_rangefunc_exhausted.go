package main

import "fmt"

var saved func(int) bool

func iter(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for x := range iter {
		fmt.Println(x)
	}
	saved(2)
}
