package main

import "slices"

func main() {
	var f func([]int, string) int = slices.Index
	_ = f
}
