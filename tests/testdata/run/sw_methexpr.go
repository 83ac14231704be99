package main

import "fmt"

type Base struct{ N int }

func (b Base) Val() int      { return b.N }
func (b *Base) Inc(d int)    { b.N += d }
func (b Base) Add(x int) int { return b.N + x }

type Outer struct {
	Base
	Name string
}

type PtrOuter struct {
	*Base
	Tag string
}

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) Name() string   { return "sq" }

func main() {
	o := Outer{Base{3}, "o"}
	f := Outer.Val
	fmt.Println(f(o))
	g := (*Outer).Inc
	g(&o, 4)
	fmt.Println(o.N)
	h := (*Outer).Val
	fmt.Println(h(&o))
	add := Outer.Add
	fmt.Println(add(o, 10))

	area := Shape.Area
	name := Shape.Name
	var s Shape = Sq{3}
	fmt.Println(area(s), name(s))

	po := PtrOuter{&Base{5}, "p"}
	inc := po.Inc
	inc(2)
	val := po.Val
	po.N = 100
	fmt.Println(po.N, val(), po.Val())
	mv := o.Add
	o.N = 1000
	fmt.Println(mv(1))
	fs := []func(int) int{o.Add, po.Add, Base{7}.Add}
	for _, fn := range fs {
		fmt.Print(fn(1), " ")
	}
	fmt.Println()
	pinc := (*PtrOuter).Inc
	pinc(&po, 1)
	fmt.Println(po.N)
	vinc := PtrOuter.Inc
	vinc(po, 1)
	fmt.Println(po.N)
}
