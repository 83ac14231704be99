package main

import (
	"fmt"
	"reflect"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func TypeName[T any]() string {
	var zero T
	return reflect.TypeOf(&zero).Elem().String()
}

func Fields[T any](x T) []string {
	var out []string
	t := reflect.TypeOf(x)
	for i := 0; i < t.NumField(); i++ {
		out = append(out, t.Field(i).Name+":"+t.Field(i).Type.String())
	}
	return out
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(reflect.TypeOf(p).Kind(), reflect.TypeOf(p).NumField())
	fmt.Println(Fields(p))
	fmt.Println(TypeName[int](), TypeName[[]string](), TypeName[map[string]bool]())
	fmt.Println(reflect.DeepEqual(Pair[int, []int]{1, []int{2}}, Pair[int, []int]{1, []int{2}}))
}
