package main

import "fmt"

func Rec[T any](depth int, x T) string {
	if depth == 0 {
		return fmt.Sprint(x)
	}
	return Rec(depth-1, []T{x})
}

func main() {
	fmt.Println(Rec(3, "a"))
}
