package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func main() {
	p := &Point{1, 2}
	v := reflect.ValueOf(p)
	fmt.Println(v.Kind(), v.Type(), v.Elem().Type(), v.IsNil(), v.Type().Elem().Name())
	v.Elem().Field(0).SetInt(10)
	fmt.Println(*p)
	n := reflect.New(reflect.TypeOf(Point{}))
	n.Elem().FieldByName("Y").SetInt(5)
	q := n.Interface().(*Point)
	fmt.Println(*q, n.Type())
	pt := reflect.PointerTo(reflect.TypeOf(Point{}))
	fmt.Println(pt, pt == reflect.TypeOf(p), reflect.PtrTo(reflect.TypeOf(Point{})).Elem().Name())
	z := reflect.Zero(reflect.TypeOf(Point{}))
	fmt.Println(z.Interface(), z.IsZero(), reflect.ValueOf(Point{1, 0}).IsZero())
	var np *Point
	nv := reflect.ValueOf(np)
	fmt.Println(nv.IsNil(), nv.Elem().IsValid(), reflect.Indirect(reflect.ValueOf(p)).Type())
	a := reflect.ValueOf(p).Elem().Addr()
	fmt.Println(a.Interface().(*Point) == p, a.Pointer() == reflect.ValueOf(p).Pointer())
	pp := &p
	fmt.Println(reflect.ValueOf(pp).Elem().Elem().Field(1).Int(), reflect.TypeOf(pp))
	i := 5
	iv := reflect.New(reflect.TypeOf(i))
	iv.Elem().SetInt(6)
	fmt.Println(iv.Elem().Int(), iv.Elem().Interface())
}
