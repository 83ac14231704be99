package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](seq func(func(T) bool), keep func(T) bool) func(func(T) bool) {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Count(10), func(x int) bool { return x%2 == 0 })
	for v := range evens {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
