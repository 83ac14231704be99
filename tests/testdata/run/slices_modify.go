package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	t := slices.Delete(s, 1, 3)
	fmt.Println(t, s)
	u := slices.Insert([]int{1, 2, 3}, 0, -1, 0)
	fmt.Println(u)
	v := make([]int, 3, 10)
	v = slices.Insert(v, 1, 7, 8)
	fmt.Println(v, len(v))
	w := slices.Insert([]string{"a"}, 1, "b", "c")
	fmt.Println(w)
	d := []int{1, 2, 3, 4, 5, 6}
	e := slices.DeleteFunc(d, func(x int) bool { return x%2 == 0 })
	fmt.Println(e, d)
	r := slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9)
	fmt.Println(r)
	r2 := slices.Replace([]int{1, 2, 3}, 1, 2, 7, 8, 9)
	fmt.Println(r2)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	c := slices.Clip(make([]int, 2, 5))
	fmt.Println(len(c), cap(c))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]int{})
}
