package main

import (
	"fmt"
	"slices"
)

type Words []string

func main() {
	ws := Words{"a", "b", "c", "d", "e"}
	for c := range slices.Chunk(ws, 2) {
		fmt.Printf("%T %v %d\n", c, c, cap(c))
	}
	n := 0
	for range slices.Chunk([]int{}, 3) {
		n++
	}
	fmt.Println(n)
	for i, c := range slices.All(slices.Collect(slices.Chunk([]int{1, 2, 3, 4}, 3))) {
		fmt.Println(i, c)
	}
	defer func() { fmt.Println("panic:", recover()) }()
	slices.Chunk(ws, 0)
}
