package main

import (
	"fmt"
	"reflect"
	"strings"
)

func main() {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	makeSwap := func(fptr any) {
		fn := reflect.ValueOf(fptr).Elem()
		v := reflect.MakeFunc(fn.Type(), swap)
		fn.Set(v)
	}
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	fmt.Println(intSwap(0, 1))
	var floatSwap func(float64, float64) (float64, float64)
	makeSwap(&floatSwap)
	fmt.Println(floatSwap(2.72, 3.14))
	var strSwap func(string, string) (string, string)
	makeSwap(&strSwap)
	fmt.Println(strSwap("a", "b"))
	upper := reflect.MakeFunc(reflect.TypeOf(strings.ToUpper), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(strings.ToUpper(in[0].String()) + "!")}
	})
	f := upper.Interface().(func(string) string)
	fmt.Println(f("hi"), upper.Call([]reflect.Value{reflect.ValueOf("yo")})[0])
	var sum func(...int) int
	reflect.ValueOf(&sum).Elem().Set(reflect.MakeFunc(reflect.TypeOf(sum), func(in []reflect.Value) []reflect.Value {
		t := 0
		for i := 0; i < in[0].Len(); i++ {
			t += int(in[0].Index(i).Int())
		}
		return []reflect.Value{reflect.ValueOf(t)}
	}))
	fmt.Println(sum(1, 2, 3), sum())
}
