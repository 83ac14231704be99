// reflect.Call and MakeFunc build argument frames in memory: fresh results and
// boxed arguments whose only reference is a frame word must survive the
// allocations (and collections) that copy them out.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type pair struct {
	a *int
	s string
}

func mk(i int) (*pair, string, []int, any) {
	v := i * 7
	return &pair{&v, strings.Repeat("p", i%9)}, fmt.Sprint("s", i), []int{i, i + 1}, &v
}

func use(x any, p *pair, s string) int {
	return *x.(*int) + *p.a + len(s)
}

func main() {
	f := reflect.ValueOf(mk)
	g := reflect.ValueOf(use)
	total := 0
	for i := 0; i < 3000; i++ {
		out := f.Call([]reflect.Value{reflect.ValueOf(i)})
		p := out[0].Interface().(*pair)
		s := out[1].String()
		sl := out[2].Interface().([]int)
		x := out[3].Interface().(*int)
		v := i
		r := g.Call([]reflect.Value{reflect.ValueOf(&v), reflect.ValueOf(&pair{a: x, s: s}), reflect.ValueOf(strings.Repeat("q", i%5))})
		total += *p.a + len(p.s) + len(s) + sl[1] + *x + int(r[0].Int())
		if i%1000 == 0 {
			runtime.GC()
		}
	}
	var swap func(*pair, string) (string, *pair)
	sw := reflect.MakeFunc(reflect.TypeOf(swap), func(in []reflect.Value) []reflect.Value {
		p := in[0].Interface().(*pair)
		n := *p.a
		return []reflect.Value{reflect.ValueOf(fmt.Sprint("r", n)), reflect.ValueOf(&pair{&n, in[1].String()})}
	})
	reflect.ValueOf(&swap).Elem().Set(sw)
	for i := 0; i < 2000; i++ {
		v := i
		s, p := swap(&pair{&v, "x"}, fmt.Sprint("t", i))
		total += len(s) + *p.a + len(p.s)
	}
	fmt.Println(total)
}
