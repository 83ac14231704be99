package main

import (
	"fmt"
	"reflect"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)    { r.W *= f; r.H *= f }
func (r Rect) internal() int       { return 0 }

type Stringer interface{ String() string }

func main() {
	t := reflect.TypeOf(Rect{})
	pt := reflect.TypeOf(&Rect{})
	fmt.Println(t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(i, m.Name, m.Index, m.PkgPath == "", m.IsExported())
	}
	m, ok := t.MethodByName("Area")
	fmt.Println(m.Name, ok)
	_, ok = t.MethodByName("Scale")
	fmt.Println(ok)
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	str := reflect.TypeOf((*Stringer)(nil)).Elem()
	fmt.Println(shape.Kind(), shape.NumMethod(), shape.Method(0).Name, shape.Method(1).Name)
	fmt.Println(t.Implements(shape), pt.Implements(shape), t.Implements(str), reflect.TypeOf(1).Implements(shape))
	fmt.Println(t.AssignableTo(shape), t.AssignableTo(t), t.AssignableTo(pt))
	var s Shape = Rect{2, 3}
	v := reflect.ValueOf(&s).Elem()
	fmt.Println(v.Kind(), v.Type(), v.Elem().Type(), v.Elem().Field(0).Float(), v.NumMethod())
	fmt.Println(v.Interface().(Shape).Area())
}
