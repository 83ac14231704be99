// Map values that are slices, structs and maps; updating them through reassignment.
package main

import "fmt"

type stats struct {
	count, total int
}

func main() {
	idx := map[string][]int{}
	words := []string{"a", "b", "a", "c", "a", "b"}
	for i, w := range words {
		idx[w] = append(idx[w], i)
	}
	fmt.Println(idx)
	st := map[string]stats{}
	for _, v := range []int{3, 5, 7} {
		s := st["odd"]
		s.count++
		s.total += v
		st["odd"] = s
	}
	fmt.Println(st["odd"].count, st["odd"].total, st)
	ptrs := map[string]*stats{"p": {}}
	ptrs["p"].count = 9
	fmt.Println(ptrs["p"].count)
	inner := map[int]map[int]bool{}
	for i := 0; i < 3; i++ {
		if inner[i%2] == nil {
			inner[i%2] = map[int]bool{}
		}
		inner[i%2][i] = true
	}
	fmt.Println(inner)
}
