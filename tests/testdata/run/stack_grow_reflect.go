package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Stack growth under frames written in machine code: reflect.Value.Call's argument
// frame and MakeFunc's stub, with pointers to stack variables passed through them.

func depth(n int, p *int) int {
	if n == 0 {
		return *p
	}
	var pad [16]int
	pad[n%16] = 1
	return depth(n-1, p) + pad[n%16]
}

type S struct{ name string }

func (s *S) Grow(n int, suffix string) string {
	x := len(s.name)
	return s.name + fmt.Sprint(depth(n, &x)) + suffix
}

func main() {
	done := make(chan bool)
	go func() {
		x := 7
		v := reflect.ValueOf(depth).Call([]reflect.Value{reflect.ValueOf(30000), reflect.ValueOf(&x)})
		fmt.Println(v[0].Int())

		s := &S{"gopher"}
		out := reflect.ValueOf(s).MethodByName("Grow").Call([]reflect.Value{reflect.ValueOf(20000), reflect.ValueOf("!")})
		fmt.Println(out[0].String())

		var recur func(int, *int) int
		mf := reflect.MakeFunc(reflect.TypeOf(recur), func(args []reflect.Value) []reflect.Value {
			n := int(args[0].Int())
			p := args[1].Interface().(*int)
			if n == 0 {
				return []reflect.Value{reflect.ValueOf(*p)}
			}
			*p += 1
			return []reflect.Value{reflect.ValueOf(recur(n-1, p) + depth(100, p) - *p)}
		})
		reflect.ValueOf(&recur).Elem().Set(mf)
		y := 0
		fmt.Println(recur(300, &y), y)

		words := strings.Fields("the quick brown fox jumps over the lazy dog")
		sort.Slice(words, func(i, j int) bool {
			z := 0
			depth(500, &z)
			return words[i] < words[j]
		})
		fmt.Println(words)
		done <- true
	}()
	<-done
}
