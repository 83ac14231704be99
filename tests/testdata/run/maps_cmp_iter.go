package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3, "d": 4}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	m2 := maps.Clone(m)
	delete(m2, "a")
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(m2)
	m3 := maps.Collect(enumerate([]string{"x", "y", "z"}))
	fmt.Println(m3)
	maps.Copy(m3, map[int]string{5: "five", 0: "zero"})
	fmt.Println(m3, maps.EqualFunc(m3, m3, func(a, b string) bool { return strings.EqualFold(a, b) }))
	ins := map[string]int{}
	maps.Insert(ins, maps.All(map[string]int{"k": 1}))
	fmt.Println(ins)

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0), cmp.Less(1, 2), cmp.Or(0, 0, 3, 4), cmp.Or("", "x"))
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b person) int {
		return cmp.Or(cmp.Compare(a.age, b.age), strings.Compare(a.name, b.name))
	})
	fmt.Println(people)

	for v := range countdown(5) {
		if v == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(countdown(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	stop()
	fmt.Println()
	next2, stop2 := iter.Pull2(enumerate([]string{"p", "q", "r"}))
	i, s, ok := next2()
	fmt.Println(i, s, ok)
	stop2()
	i, s, ok = next2()
	fmt.Println(i, s, ok)
	fmt.Println(slices.Collect(countdown(4)), slices.Collect(maps.Keys(map[int]bool{})))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, slices.AppendSeq([]int{0}, slices.Values([]int{7, 8})))
	sorted := slices.SortedFunc(slices.Values(people), func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(sorted[0], slices.IsSortedFunc(sorted, func(a, b person) int { return strings.Compare(b.name, a.name) }))
}
