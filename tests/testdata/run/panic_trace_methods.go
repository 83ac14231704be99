package main

import "fmt"

// Methods called directly, through an interface (value and pointer receivers) and
// through a method value, ending in a nil pointer dereference.

type Shape interface{ Area() int }

type Rect struct{ w, h *int }

func (r Rect) Area() int {
	return *r.w * *r.h
}

type Holder struct{ s Shape }

func (h *Holder) Total() int {
	return h.s.Area()
}

func compute(f func() int) int {
	return f()
}

func main() {
	one := 1
	h := &Holder{Rect{&one, &one}}
	fmt.Println(compute(h.Total))
	h.s = Rect{w: &one}
	fmt.Println(compute(h.Total))
}
