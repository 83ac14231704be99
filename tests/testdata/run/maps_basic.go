package main

import (
	"fmt"
	"maps"
	"slices"
)

type Set map[string]struct{}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(x int, y string) bool { return fmt.Sprint(x) == y }))
	var nilmap map[int]int
	fmt.Println(maps.Clone(nilmap) == nil)
	dst := map[string]int{"z": 26, "a": 100}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(dst)
	s := Set{"x": {}, "y": {}}
	s2 := maps.Clone(s)
	fmt.Printf("%T %v\n", s2, slices.Sorted(maps.Keys(s2)))
	var total int
	for _, k := range slices.Sorted(maps.Keys(m)) {
		total = total*10 + m[k]
	}
	fmt.Println(total)
}
