package main

import (
	"fmt"
	"reflect"
)

type A struct{ X, Y int }
type B struct {
	A
	Y string
	Z bool
}

func main() {
	fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[error](), reflect.TypeFor[[]B]())
	for _, f := range reflect.VisibleFields(reflect.TypeFor[B]()) {
		fmt.Println(f.Name, f.Index, f.Type)
	}
	s := []int{1, 2, 3}
	reflect.ValueOf(s).Clear()
	fmt.Println(s)
	m := map[string]int{"a": 1, "b": 2}
	reflect.ValueOf(m).Clear()
	fmt.Println(len(m))
	v := reflect.ValueOf(&s).Elem()
	v.Grow(100)
	fmt.Println(v.Len(), v.Cap() >= 103)
	it := reflect.ValueOf(map[string]int{"k": 7}).MapRange()
	k := reflect.New(reflect.TypeFor[string]()).Elem()
	x := reflect.New(reflect.TypeFor[int]()).Elem()
	for it.Next() {
		k.SetIterKey(it)
		x.SetIterValue(it)
	}
	fmt.Println(k, x, reflect.ValueOf(1).CanConvert(reflect.TypeFor[string]()))
}
