package main

import (
	"fmt"
	"sort"
)

type Key struct {
	X, Y int
	Name string
}

func main() {
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = nil
	v, ok := m["b"]
	fmt.Println(len(m), m["a"], v == nil, ok)
	_, ok = m["zz"]
	fmt.Println(ok, len(m["zz"]))
	delete(m, "a")
	delete(m, "nothing")
	fmt.Println(len(m))
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	grid := map[Key]int{}
	for i := 0; i < 100; i++ {
		grid[Key{i % 10, i / 10, fmt.Sprint(i % 3)}] += i
	}
	fmt.Println(len(grid), grid[Key{1, 2, "0"}], grid[Key{3, 3, "0"}])
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	keys := []rune{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%c=%d ", k, counts[k])
	}
	fmt.Println()
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i*7] = i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i*7)
	}
	sum := 0
	for k, v := range big {
		sum += k - v*7
	}
	fmt.Println(len(big), sum, big[7*9999])
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
	fm := map[float64]int{}
	fm[0.1+0.2] = 1
	fm[0.3] = 2
	fmt.Println(len(fm))
	im := map[interface{}]string{1: "int", int64(1): "int64", "1": "string", Key{}: "key"}
	fmt.Println(len(im), im[1], im[int64(1)], im[Key{}])
	arrKey := map[[3]int]string{{1, 2, 3}: "a"}
	arrKey[[3]int{1, 2, 3}] += "b"
	fmt.Println(arrKey)
	m2 := map[string]int{"x": 1}
	for k := range m2 {
		delete(m2, k)
	}
	fmt.Println(len(m2))
	ptrs := map[*int]string{}
	a, b := 1, 1
	ptrs[&a] = "a"
	ptrs[&b] = "b"
	fmt.Println(len(ptrs), ptrs[&a])
	type S struct{ m map[string]int }
	s := S{}
	defer func() { fmt.Println("recovered:", recover()) }()
	s.m["x"] = 1
}
