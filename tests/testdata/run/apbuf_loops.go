// Append growth and cap() for slices whose appends do not escape (gc backs the first
// growth with a 32-byte frame buffer) and for ones that do (normal growth).
package main

import (
	"fmt"
	"runtime"
)

type pair struct{ a, b int }

type triple struct {
	s string
	n int
}

type big struct{ a, b, c, d, e int }

var global []int

func ints() {
	var s []int
	for i := 0; i < 6; i++ {
		s = append(s, i*i)
		fmt.Println("int", len(s), cap(s), s[len(s)-1])
	}
}

func strs() {
	var s []string
	for i := 0; i < 4; i++ {
		s = append(s, fmt.Sprint("s", i))
		fmt.Println("string", len(s), cap(s), s[i])
	}
}

func structs() {
	var p []pair
	var t []triple
	var b []big
	for i := 0; i < 3; i++ {
		p = append(p, pair{i, -i})
		t = append(t, triple{"t", i})
		b = append(b, big{a: i})
		fmt.Println("struct", len(p), cap(p), len(t), cap(t), len(b), cap(b), p[i].b, t[i].n, b[i].a)
	}
}

func bytes() {
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, byte('a'+i%26))
		if i%7 == 0 {
			fmt.Println("byte", len(b), cap(b))
		}
	}
	fmt.Println(string(b))
}

func twoAtOnce() {
	var s []int16
	s = append(s, 1, 2, 3)
	fmt.Println("multi", len(s), cap(s))
	var u []int64
	u = append(u, 1, 2, 3, 4, 5)
	fmt.Println("multi", len(u), cap(u))
}

func dots() {
	var s []int
	s = append(s, []int{1, 2}...)
	fmt.Println("dots", len(s), cap(s))
}

func escapesGlobal() {
	for i := 0; i < 3; i++ {
		global = append(global, i)
		fmt.Println("global", len(global), cap(global))
	}
}

func escapesStored(out *[]int) {
	var s []int
	s = append(s, 7)
	*out = s
}

func pointers() {
	var ps []*int
	for i := 0; i < 3; i++ {
		v := new(int)
		*v = 100 + i
		ps = append(ps, v)
		runtime.GC()
	}
	sum := 0
	for i := 0; i < len(ps); i++ {
		sum += *ps[i]
	}
	fmt.Println("pointers", len(ps), cap(ps), sum)
}

func nested(depth int) int {
	var s []int
	s = append(s, depth)
	fmt.Println("nested", depth, len(s), cap(s))
	if depth > 0 {
		return s[0] + nested(depth-1)
	}
	return s[0]
}

func reused() {
	// the buffer is taken once per call: after a reset the slice grows on the heap
	var s []int
	for round := 0; round < 2; round++ {
		s = nil
		for i := 0; i < 3; i++ {
			s = append(s, i)
		}
		fmt.Println("round", round, len(s), cap(s))
	}
}

func main() {
	ints()
	strs()
	structs()
	bytes()
	twoAtOnce()
	dots()
	escapesGlobal()
	var kept []int
	escapesStored(&kept)
	fmt.Println("stored", len(kept), cap(kept), kept[0])
	fmt.Println("sum", nested(3))
	reused()
	reused()
	pointers()
}
