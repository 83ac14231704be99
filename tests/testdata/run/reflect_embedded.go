package main

import (
	"fmt"
	"reflect"
)

type inner struct {
	X int
	y int
}

type Named struct{ Z string }

type Outer struct {
	inner
	*Named
	W int
}

func main() {
	o := Outer{inner: inner{1, 2}, Named: &Named{"z"}, W: 3}
	v := reflect.ValueOf(&o).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Anonymous, f.IsExported(), f.Type, v.Field(i).CanSet(), v.Field(i).CanInterface())
	}
	x := v.FieldByName("X")
	fmt.Println(x.Int(), x.CanSet(), x.CanInterface())
	x.SetInt(10)
	fmt.Println(o.X)
	y := v.FieldByName("y")
	fmt.Println(y.Int(), y.CanSet())
	z := v.FieldByName("Z")
	fmt.Println(z.String(), z.CanSet())
	f, _ := t.FieldByName("Z")
	fmt.Println(f.Index, f.Name)
	fx, _ := t.FieldByName("X")
	fmt.Println(fx.Index, v.FieldByIndex([]int{0, 0}).Int())
}
