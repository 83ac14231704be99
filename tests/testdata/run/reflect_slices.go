package main

import (
	"fmt"
	"reflect"
)

func main() {
	s := []string{"a", "b"}
	v := reflect.ValueOf(s)
	fmt.Println(v.Len(), v.Cap() >= 2, v.Index(1).Interface(), v.Kind())
	v2 := reflect.Append(v, reflect.ValueOf("c"), reflect.ValueOf("d"))
	fmt.Println(v2.Interface(), v2.Len())
	v3 := reflect.AppendSlice(v2, reflect.ValueOf([]string{"e"}))
	fmt.Println(v3.Interface())
	m := reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 5)
	m.Index(0).SetInt(7)
	m.Index(2).SetInt(9)
	fmt.Println(m.Interface(), m.Len(), m.Cap())
	fmt.Println(m.Slice(1, 3).Interface())
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(1).SetInt(20)
	fmt.Println(arr, av.Len(), av.Type().Len(), av.Type().Elem())
	b := []byte("hi")
	fmt.Println(string(reflect.ValueOf(b).Bytes()))
	sv := reflect.ValueOf("hello")
	fmt.Println(sv.Len(), sv.Index(1).Uint(), sv.Slice(1, 3).Interface())
	var nilSlice []int
	fmt.Println(reflect.ValueOf(nilSlice).IsNil(), reflect.ValueOf([]int{}).IsNil())
	dst := make([]int, 2)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{5, 6, 7}))
	fmt.Println(n, dst)
	sw := reflect.Swapper([]string{"x", "y", "z"})
	_ = sw
	ss := []string{"x", "y", "z"}
	reflect.Swapper(ss)(0, 2)
	fmt.Println(ss)
}
