package main

import (
	"fmt"
	"slices"
	"strings"
)

type Names []string

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(xs, 5), slices.Index(xs, 7), slices.Contains(xs, 9))
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 4 }), slices.ContainsFunc(xs, func(x int) bool { return x < 0 }))
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys)
	fmt.Println(slices.Equal(xs, ys), slices.Equal(ys, []int{1, 1, 2, 3, 4, 5, 6, 9}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 3}, []int{1, 2}), slices.Compare([]int{}, []int{}))
	fmt.Println(slices.Max(xs), slices.Min(xs), slices.Max([]string{"b", "c", "a"}))
	ns := Names{"bob", "alice", "carol"}
	slices.Sort(ns)
	fmt.Printf("%T %v\n", ns, ns)
	i, found := slices.BinarySearch(ns, "bob")
	fmt.Println(i, found)
	i, found = slices.BinarySearchFunc(ns, "c", func(e, t string) int { return strings.Compare(e[:1], t) })
	fmt.Println(i, found)
	c := slices.Clone(Names(nil))
	fmt.Println(c == nil, len(slices.Clone([]int{})), slices.Clone([]int{}) == nil)
	fmt.Println(slices.Compact([]string{"a", "a", "b", "c", "c", "c", "a"}))
	fmt.Println(slices.CompactFunc([]string{"A", "a", "B", "b", "c"}, strings.EqualFold))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"x", "y"}, 3))
	r := []int{1, 2, 3, 4, 5}
	slices.Reverse(r)
	fmt.Println(r, slices.MaxFunc([]string{"aa", "b", "cc"}, func(a, b string) int { return len(a) - len(b) }))
	fmt.Println(slices.MinFunc([]string{"aa", "b", "c"}, func(a, b string) int { return len(a) - len(b) }))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
}
