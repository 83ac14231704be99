package main

import "fmt"

type Num int

func (n Num) Rec[T any](depth int, x T) string {
	if depth == 0 {
		return fmt.Sprint(x)
	}
	return n.Rec[[]T](depth-1, []T{x})
}

func main() {
	fmt.Println(Num(0).Rec(3, "a"))
}
