package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 1; i <= r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	fmt.Println(r.Prev().Value, r.Next().Value)

	s := ring.New(2)
	s.Value = "a"
	s.Next().Value = "b"
	r.Link(s)
	show(r)
	removed := r.Unlink(3)
	show(removed)
	show(r)
	fmt.Println(r.Unlink(0) == nil, ring.New(0) == nil)

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())
	sum := 0
	r.Do(func(v any) {
		if n, ok := v.(int); ok {
			sum += n
		}
	})
	fmt.Println(sum)
}
