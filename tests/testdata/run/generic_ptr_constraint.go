package main

import (
	"cmp"
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string)
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) { b.v, _ = strconv.Atoi(s) }

type StrBox struct{ s string }

func (b *StrBox) Set(s string) { b.s = "<" + s + ">" }

func ParseAll[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type Grid[T any] struct {
	cells [3][3]T
}

func (g *Grid[T]) Set(r, c int, v T) { g.cells[r][c] = v }

func (g Grid[T]) Row(r int) [3]T { return g.cells[r] }

type IntList = Grid[int]

var global Grid[string]

var best = Largest([]float64{2.5, 9.25, 1})

func Largest[T cmp.Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs {
		if cmp.Less(m, x) {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(ParseAll[IntBox]([]string{"1", "22", "x"}))
	fmt.Println(ParseAll[StrBox]([]string{"a", "b"}))
	var g IntList
	g.Set(1, 2, 7)
	fmt.Println(g.Row(1), g)
	global.Set(0, 0, "tl")
	fmt.Printf("%q %T\n", global.Row(0), global)
	set := (*Grid[string]).Set
	set(&global, 2, 2, "br")
	fmt.Println(global.cells[2][2], best, Largest([]string{"pear", "apple", "zoo"}))
}
