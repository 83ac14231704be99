package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	v := reflect.ValueOf(m)
	keys := v.MapKeys()
	var names []string
	for _, k := range keys {
		names = append(names, k.String())
	}
	sort.Strings(names)
	fmt.Println(names, v.Len())
	fmt.Println(v.MapIndex(reflect.ValueOf("two")).Int(), v.MapIndex(reflect.ValueOf("zero")).IsValid())
	v.SetMapIndex(reflect.ValueOf("four"), reflect.ValueOf(4))
	v.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	fmt.Println(m)
	it := v.MapRange()
	sum := 0
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println(sum)
	mm := reflect.MakeMap(reflect.TypeOf(map[int][]string{}))
	mm.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf([]string{"a"}))
	mm.SetMapIndex(reflect.ValueOf(2), reflect.ValueOf([]string{"b", "c"}))
	fmt.Println(mm.Interface(), mm.Type().Key(), mm.Type().Elem())
	var im map[any]bool = map[any]bool{}
	iv := reflect.ValueOf(im)
	iv.SetMapIndex(reflect.ValueOf(3), reflect.ValueOf(true))
	iv.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(false))
	fmt.Println(im[3], im["k"], len(im))
	var nm map[string]int
	fmt.Println(reflect.ValueOf(nm).IsNil(), reflect.ValueOf(nm).Len())
}
