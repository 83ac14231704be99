// Interfaces with methods: dynamic dispatch over values and pointers of several types.
package main

import "fmt"

type shape interface {
	area() int
	perimeter() int
}

type rect struct{ w, h int }
type square struct{ s int }
type tri struct{ a, b, c, h int }

func (r rect) area() int       { return r.w * r.h }
func (r rect) perimeter() int  { return 2 * (r.w + r.h) }
func (s *square) area() int    { return s.s * s.s }
func (s *square) perimeter() int { return 4 * s.s }
func (t tri) area() int        { return t.a * t.h / 2 }
func (t tri) perimeter() int   { return t.a + t.b + t.c }

func total(ss []shape) (int, int) {
	a, p := 0, 0
	for _, s := range ss {
		a += s.area()
		p += s.perimeter()
	}
	return a, p
}

func main() {
	shapes := []shape{rect{3, 4}, &square{5}, tri{3, 4, 5, 4}, &rect{1, 1}}
	for _, s := range shapes {
		fmt.Println(s.area(), s.perimeter())
	}
	fmt.Println(total(shapes))
	var s shape
	fmt.Println(s == nil)
	s = rect{2, 2}
	fmt.Println(s != nil, s.area())
	sq := &square{1}
	s = sq
	sq.s = 10
	fmt.Println(s.area())
}
