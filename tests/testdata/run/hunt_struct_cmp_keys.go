package main

import (
	"fmt"
	"sort"
	"unsafe"
)

type Point struct{ X, Y int }

type Segment struct {
	A, B Point
}

type Key struct {
	Name string
	Pos  [2]int8
}

type Mixed struct {
	a bool
	b int64
	c bool
	d int32
	e string
	f []int
	g map[string]int
	h interface{}
	i [3]byte
}

type Small struct {
	a, b bool
	c    int16
}

func main() {
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1}, Segment{p1, p2} == Segment{A: p2, B: p1})
	visits := map[Point]int{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for _, p := range path {
		visits[p]++
	}
	pts := make([]Point, 0, len(visits))
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	for _, p := range pts {
		fmt.Printf("%v:%d ", p, visits[p])
	}
	fmt.Println()
	km := map[Key]string{{"a", [2]int8{1, 2}}: "first"}
	km[Key{"a", [2]int8{1, 2}}] += "+"
	km[Key{"b", [2]int8{}}] = "second"
	fmt.Println(len(km), km[Key{"a", [2]int8{1, 2}}], km[Key{"b", [2]int8{0, 0}}])
	arrKey := map[[3]string]bool{{"x", "y", "z"}: true}
	fmt.Println(arrKey[[3]string{"x", "y", "z"}], arrKey[[3]string{"x", "y"}])
	var ik = map[interface{}]int{1: 1, "1": 2, Point{1, 1}: 3, [2]int{1, 1}: 4, 1.0: 5}
	fmt.Println(ik[1], ik["1"], ik[Point{1, 1}], ik[[2]int{1, 1}], ik[1.0], ik[int8(1)], len(ik))
	var e1, e2 interface{} = Point{3, 4}, Point{3, 4}
	fmt.Println(e1 == e2, e1 != nil)
	fmt.Println(unsafe.Sizeof(Point{}), unsafe.Sizeof(Mixed{}), unsafe.Sizeof(Small{}), unsafe.Alignof(int64(0)), unsafe.Offsetof(Mixed{}.e))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(e1), unsafe.Sizeof([0]int{}), unsafe.Sizeof(struct{}{}))
	a := [...]int{5: 1, 2, 1: 7}
	b := a
	b[0] = 9
	fmt.Println(a, len(a), a == b, a != b)
	type pair struct {
		k string
		v float64
	}
	x := []pair{{"b", 2}, {"a", 2}, {"c", 1}}
	sort.SliceStable(x, func(i, j int) bool { return x[i].v < x[j].v })
	fmt.Printf("%v %+v\n", x, x[0])
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a", "c"), max('a', 'b'))
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(len(m), s, len(s))
}
