package main

import "fmt"

type Counter[T comparable] struct {
	counts map[T]int
}

func NewCounter[T comparable]() *Counter[T] {
	return &Counter[T]{counts: map[T]int{}}
}

func (c *Counter[T]) Add(x T) int {
	c.counts[x]++
	return c.counts[x]
}

func (c Counter[T]) Get(x T) int { return c.counts[x] }

func Apply[T any](xs []T, f func(T) int) int {
	s := 0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func main() {
	c := NewCounter[string]()
	add := c.Add
	fmt.Println(Apply([]string{"a", "b", "a"}, add))
	get := c.Get
	fmt.Println(get("a"), get("z"))
	f := (*Counter[string]).Add
	fmt.Println(f(c, "a"))
	g := Counter[string].Get
	fmt.Println(g(*c, "a"))
	ci := NewCounter[int]()
	fmt.Println(Apply([]int{1, 1, 1}, ci.Add))
	fmt.Printf("%T\n", g)
}
