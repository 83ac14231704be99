package main

import "fmt"

func Sum[T any](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func First[T any](xs []T) T {
	if len(xs) == 0 {
		return nil
	}
	return xs[0]
}

func Len[T any](x T) int {
	return len(x)
}

type List[T any] struct {
	items []T
}

func (l List[T]) Map[U any](f func(T) U) []U { return nil }

func main() {
	fmt.Println(Sum([]int{1}), First([]int{}), Len("s"))
}
