package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type Named interface{ Name() string }
type Thing struct{ n string }

func (t Thing) Name() string { return t.n }

type Base struct{ tag string }

func (b *Base) Tag() string { return b.tag }

type Holder struct{ *Base }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)
	areaFns := []func() float64{}
	for _, s := range shapes {
		areaFns = append(areaFns, s.Area)
	}
	shapes[0] = Rect{10, 10}
	for _, f := range areaFns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var a, b interface{} = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a == b, a != Rect{2, 1}, a == interface{}(Thing{"x"}))
	arr1 := [2]interface{}{1, "a"}
	arr2 := [2]interface{}{1, "a"}
	fmt.Println(arr1 == arr2)
	type WithIface struct {
		V interface{}
		N int
	}
	fmt.Println(WithIface{1, 2} == WithIface{1, 2}, WithIface{"a", 1} == WithIface{"b", 1})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(WithIface{[]int{}, 1} == WithIface{[]int{}, 1})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x interface{} = map[string]int{}
		switch x {
		case 1:
			fmt.Println("one")
		}
		fmt.Println("switch on map iface ok")
		var y interface{} = []int{}
		switch y {
		case y:
			fmt.Println("same")
		}
	}()
	var n Named = Thing{"t"}
	nameFn := n.Name
	n = Thing{"u"}
	fmt.Println(nameFn(), n.Name())
	h := Holder{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f := h.Tag
		fmt.Println("bound")
		fmt.Println(f())
	}()
	var sb strings.Builder
	var w interface{ WriteString(string) (int, error) } = &sb
	w.WriteString("abc")
	fmt.Println(sb.String(), sb.Len())
	var s fmt.Stringer
	fmt.Println(s == nil)
	var r *Rect
	var sh Shape = r
	fmt.Println(sh == nil, sh != nil)
	m := map[string]interface{}{"a": 1, "b": []string{"x"}, "c": map[string]int{"z": 26}}
	if v, ok := m["b"].([]string); ok {
		fmt.Println(v[0])
	}
	if _, ok := m["a"].(string); !ok {
		fmt.Println("a not string")
	}
	fmt.Println(m["c"].(map[string]int)["z"])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = m["a"].(string)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = m["zz"].(int)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var e interface{} = Thing{"q"}
		_ = e.(Shape)
	}()
}
