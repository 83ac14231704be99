package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []string{"a", "b", "c"}
	slices.All(s)(func(i int, v string) bool {
		fmt.Println(i, v)
		return true
	})
	slices.Backward(s)(func(i int, v string) bool {
		fmt.Println("back", i, v)
		return i > 1
	})
	fmt.Println(slices.Collect(slices.Values(s)))
	fmt.Println(slices.AppendSeq([]string{"z"}, slices.Values(s)))
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	// ties broken by the text: "one" and "two" would otherwise come in map order
	fmt.Println(slices.SortedFunc(maps.Keys(m), func(a, b string) int {
		if d := len(a) - len(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	}))
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) }))
	n := 0
	maps.All(m)(func(k string, v int) bool {
		n += v
		return true
	})
	fmt.Println(n)
	c := maps.Collect(maps.All(m))
	fmt.Println(len(c), c["two"])
	up := map[string]string{}
	maps.Insert(up, maps.All(map[string]string{"a": strings.ToUpper("a")}))
	fmt.Println(up)
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{})) == nil)
}
