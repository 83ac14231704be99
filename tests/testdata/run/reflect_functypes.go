package main

import (
	"fmt"
	"reflect"
)

func add(a, b int) int                            { return a + b }
func multi(s string, xs ...float64) (int, error) { return 0, nil }

type Handler func(name string) bool

func main() {
	for _, f := range []any{add, multi, Handler(nil), func() {}, fmt.Sprintf} {
		t := reflect.TypeOf(f)
		fmt.Println(t, t.Kind(), t.NumIn(), t.NumOut(), t.IsVariadic(), t.Name())
		for i := 0; i < t.NumIn(); i++ {
			fmt.Println("  in", i, t.In(i), t.In(i).Kind())
		}
		for i := 0; i < t.NumOut(); i++ {
			fmt.Println("  out", i, t.Out(i))
		}
	}
	fmt.Println(reflect.ValueOf(add).IsNil(), reflect.ValueOf(Handler(nil)).IsNil())
	ch := make(chan int, 3)
	ch <- 1
	cv := reflect.ValueOf(ch)
	fmt.Println(cv.Kind(), cv.Len(), cv.Cap(), cv.Type().Elem(), cv.Type().ChanDir())
	var ro <-chan int = ch
	var so chan<- string
	fmt.Println(reflect.TypeOf(ro), reflect.TypeOf(ro).ChanDir(), reflect.TypeOf(so), reflect.TypeOf(so).ChanDir())
}
