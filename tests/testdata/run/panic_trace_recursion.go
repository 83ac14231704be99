package main

import "fmt"

// Frames of a recursive function down to an index panic.

func depth(n int, xs []int) int {
	if n == 0 {
		return xs[n+5]
	}
	return depth(n-1, xs) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(depth(3, nil))
}
