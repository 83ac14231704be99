package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Tags     [2]string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func (r *Rect) Grow(d int) {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
}

type Matrix [3][3]float64

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func modify(a [3]int, s []int, m map[string]int, p *Point, r Rect) {
	a[0] = 100
	s[0] = 100
	m["x"] = 100
	p.X = 100
	r.Min.X = 100
}

func main() {
	r := Rect{Point{0, 0}, Point{2, 3}, [2]string{"a", "b"}}
	r2 := r
	r2.Grow(1)
	r2.Tags[0] = "z"
	fmt.Println(r, r2, r.Area(), r2.Area())
	a := [3]int{1, 2, 3}
	s := []int{1, 2, 3}
	m := map[string]int{"x": 1}
	p := Point{1, 1}
	modify(a, s, m, &p, r)
	fmt.Println(a, s, m, p, r.Min)
	rects := map[string]Rect{"a": r}
	tmp := rects["a"]
	tmp.Grow(5)
	rects["a"] = tmp
	fmt.Println(rects["a"].Area(), rects["missing"].Area())
	prs := map[string]*Rect{"a": &r}
	prs["a"].Grow(1)
	fmt.Println(r.Area())
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	x := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(x.Mul(id) == x, x.Mul(x)[1])
	arrs := map[int][2]int{1: {1, 2}}
	v := arrs[1]
	v[0] = 9
	fmt.Println(arrs, v)
	counts := map[string][]int{}
	for i, w := range strings.Fields("a b a c b a") {
		counts[w] = append(counts[w], i)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, counts[k], " ")
	}
	fmt.Println()
	type pair struct {
		k string
		n int
	}
	ps := []pair{{"x", 3}, {"y", 1}, {"z", 2}, {"w", 3}}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].n != ps[j].n {
			return ps[i].n > ps[j].n
		}
		return ps[i].k < ps[j].k
	})
	fmt.Println(ps)
	structs := []Rect{r, r2}
	for i := range structs {
		structs[i].Min.X = -7
	}
	for _, st := range structs {
		st.Min.Y = -7
	}
	fmt.Println(structs[0].Min, structs[1].Min)
	pp := &structs[1]
	structs = append(structs, Rect{})
	pp.Max.X = 1000
	fmt.Println(structs[1].Max.X == 1000)
	var arr2 [4]Point
	ptr := &arr2
	ptr[2].Y = 5
	for i, pt := range ptr {
		if pt.Y != 0 {
			fmt.Println(i, pt)
		}
	}
	sl := arr2[1:3]
	sl[1].X = 8
	fmt.Println(arr2, len(sl), cap(sl))
	swap := func(a, b *Point) { *a, *b = *b, *a }
	p1, p2 := Point{1, 2}, Point{3, 4}
	swap(&p1, &p2)
	fmt.Println(p1, p2)
	i, j := 0, 1
	xs := []int{10, 20}
	i, xs[i] = j, 99
	fmt.Println(i, xs)
}
