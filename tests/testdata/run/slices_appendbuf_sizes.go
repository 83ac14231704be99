// Element types of every size up to gc's 32-byte buffer (and one above), a named slice
// type with a method, multi-value appends, a hand-off under an if and a range over the
// slice: len and cap as gc computes them.
package main

import "fmt"

type L []int

func (l L) Sum() int {
	t := 0
	for _, v := range l {
		t += v
	}
	return t
}

type big3 struct{ a, b, c int }
type big4 struct{ a, b, c, d int }
type big5 struct{ a, b, c, d, e int }
type odd struct {
	a int32
	b byte
}

func named(n int) L {
	var l L
	for i := 0; i < n; i++ {
		l = append(l, i)
		fmt.Println("named", len(l), cap(l), l.Sum())
	}
	return l
}

func multi(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i, i, i)
		fmt.Println("multi", len(s), cap(s))
	}
	return s
}

func sizes(n int) ([]big3, []big4, []big5, []odd, [][]int, []map[int]int) {
	var a []big3
	var b []big4
	var c []big5
	var d []odd
	var e [][]int
	var f []map[int]int
	for i := 0; i < n; i++ {
		a = append(a, big3{i, i, i})
		b = append(b, big4{i, i, i, i})
		c = append(c, big5{i, i, i, i, i})
		d = append(d, odd{int32(i), byte(i)})
		e = append(e, []int{i})
		f = append(f, map[int]int{i: i})
		fmt.Println("sizes", cap(a), cap(b), cap(c), cap(d), cap(e), cap(f))
	}
	return a, b, c, d, e, f
}

//go:noinline
func sizesNoCap(n int) ([]big3, []odd, [][]int, []int16) {
	var a []big3
	var d []odd
	var e [][]int
	var g []int16
	for i := 0; i < n; i++ {
		a = append(a, big3{i, i, i})
		d = append(d, odd{int32(i), byte(i)})
		e = append(e, []int{i})
		g = append(g, int16(i))
	}
	return a, d, e, g
}

func rangeHand(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	t := 0
	for _, v := range s {
		t += v
		s = append(s, v)
	}
	return t + len(s)
}

func ifHand(n int, keep bool) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	var out []int
	if keep {
		out = s
	}
	s = append(s, 99)
	fmt.Println("ifHand", len(s), cap(s))
	return out
}

func main() {
	for _, n := range []int{1, 2, 3, 4, 5, 6, 9} {
		l := named(n)
		fmt.Println(len(l), cap(l))
		m := multi(n)
		fmt.Println(len(m), cap(m))
		a, b, c, d, e, f := sizes(n)
		fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c), len(d), cap(d), len(e), cap(e), len(f), cap(f))
		a, d, e, g := sizesNoCap(n)
		fmt.Println(len(a), cap(a), len(d), cap(d), len(e), cap(e), len(g), cap(g), a, d, e, g)
		fmt.Println(rangeHand(n))
		o := ifHand(n, n%2 == 0)
		fmt.Println(len(o), cap(o), o)
	}
}
