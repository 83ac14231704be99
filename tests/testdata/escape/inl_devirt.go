package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

//go:noinline
func (r *Rect) Area() int { return r.w * r.h }

//go:noinline
func main() {
	var s Shape = Sq{3}
	println(s.Area())
	r := Shape(&Rect{2, 5})
	println(r.Area())
}
