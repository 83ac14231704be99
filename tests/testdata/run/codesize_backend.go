// Exercises the code-size work of the amd64 back end: narrow constant stores (locals,
// globals, through pointers, negative values), globals addressed rip-relative, symbol
// addresses compared and passed as immediates, shared frame slots, reloads across
// branches and merged return tails.
package main

import (
	"fmt"
	"os"
)

type rec struct {
	a int8
	b uint16
	c int32
	d uint8
	e int64
}

var (
	g8  int8
	g16 uint16
	g32 int32
	g64 int64
	gp  *rec
	gs  = []string{"x", "y"}
)

type shape interface{ area() int }
type sq struct{ s int }
type rect struct{ w, h int }

func (q sq) area() int   { return q.s * q.s }
func (r rect) area() int { return r.w * r.h }

//go:noinline
func kind(s shape) string {
	switch s.(type) {
	case sq:
		return "sq"
	case rect:
		return "rect"
	}
	return "?"
}

//go:noinline
func fill(r *rec, buf []byte) {
	r.a = -3
	r.b = 0xfffe
	r.c = -70000
	r.d = 200
	r.e = -1
	for i := range buf {
		buf[i] = 0x80
	}
	buf[0] = 0xff
	g8 = -128
	g16 = 65535
	g32 = -2147483648
	g64 = -5
}

//go:noinline
func pick(n int, a, b, c string) (string, int) {
	x := len(a) + n
	if n > 3 {
		fmt.Fprint(os.Stdout, "")
		return a + b, x
	}
	if n > 1 {
		fmt.Fprint(os.Stdout, "")
		return b + c, x
	}
	if n > 0 {
		fmt.Fprint(os.Stdout, "")
		return c + a, x
	}
	return a, x + len(c)
}

//go:noinline
func manyLive(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		a, b, c := i*3, i*5, i*7
		t := fmt.Sprint(a)
		d := a + b + c + len(t)
		u := fmt.Sprint(d, b)
		s += d + len(u) + c
	}
	return s
}

func main() {
	var r rec
	buf := make([]byte, 4)
	fill(&r, buf)
	gp = &r
	fmt.Println(r.a, r.b, r.c, r.d, r.e, buf, g8, g16, g32, g64, gp.b, gs[1])
	fmt.Println(kind(sq{2}), kind(rect{2, 3}), sq{4}.area()+rect{2, 5}.area())
	for i := 0; i < 6; i++ {
		fmt.Println(pick(i, "a", "bb", "ccc"))
	}
	fmt.Println(manyLive(50))
}
