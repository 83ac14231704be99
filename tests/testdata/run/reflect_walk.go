package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Inner struct {
	Tags  []string
	Score float32
}

type Outer struct {
	Name  string
	Inner Inner
	Ptr   *Inner
	Map   map[string]int
	Any   any
	Arr   [2]bool
}

func walk(v reflect.Value, depth int) {
	ind := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Struct:
		fmt.Printf("%sstruct %s\n", ind, v.Type())
		for i := 0; i < v.NumField(); i++ {
			fmt.Printf("%s  .%s:\n", ind, v.Type().Field(i).Name)
			walk(v.Field(i), depth+2)
		}
	case reflect.Slice, reflect.Array:
		fmt.Printf("%s%s len %d\n", ind, v.Kind(), v.Len())
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), depth+1)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		fmt.Printf("%smap with %d keys\n", ind, len(keys))
		for _, k := range keys {
			fmt.Printf("%s  %s =>\n", ind, k)
			walk(v.MapIndex(k), depth+2)
		}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			fmt.Printf("%snil %s\n", ind, v.Kind())
			return
		}
		walk(v.Elem(), depth)
	default:
		fmt.Printf("%s%v (%s)\n", ind, v.Interface(), v.Type())
	}
}

func main() {
	o := Outer{Name: "o", Inner: Inner{[]string{"x", "y"}, 1.5}, Map: map[string]int{"b": 2, "a": 1}, Any: 42, Arr: [2]bool{true, false}}
	walk(reflect.ValueOf(o), 0)
	o.Ptr = &Inner{Score: 2}
	o.Any = &o.Inner
	walk(reflect.ValueOf(&o), 0)
}
