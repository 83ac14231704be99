package main

import (
	"fmt"
	"reflect"
)

type S struct {
	A int
	B string
	c []int
}

func main() {
	v := reflect.ValueOf(S{1, "x", []int{2}})
	for f, fv := range v.Fields() {
		fmt.Println(f.Name, fv)
	}
	fmt.Println(v, v.Field(0), reflect.Value{})
	fmt.Printf("%v %d %s %T %+v\n", v.Field(0), v.Field(0), v.Field(1), v.Field(0), v)
	var e any = 5
	fmt.Println(reflect.ValueOf(&e).Elem())
	for f := range reflect.TypeOf(S{}).Fields() {
		fmt.Print(f.Name, " ")
	}
	fmt.Println()
}
