package main

import (
	"fmt"
	"reflect"
	"strings"
)

type P struct {
	X, Y int
	Name string
}

func (p P) Sum(k int) int             { return (p.X + p.Y) * k }
func (p *P) Scale(f int)               { p.X *= f; p.Y *= f }
func (p P) Describe(prefix string, b bool, f float32, i8 int8) (string, error) {
	return fmt.Sprint(prefix, p.Name, b, f, i8), nil
}

type Greeter interface{ Greet(name string) string }
type En struct{ excl bool }

func (e En) Greet(n string) string {
	if e.excl {
		return "Hello, " + n + "!"
	}
	return "Hello, " + n
}

func add(a, b int) int                    { return a + b }
func join(sep string, xs ...string) string { return strings.Join(xs, sep) }
func swap(p P) (P, [2]string, []int)      { return P{p.Y, p.X, p.Name + "!"}, [2]string{"a", "b"}, []int{p.X} }
func fl(a float64, b float32) (float64, float32) { return a * 2, b / 2 }

func main() {
	out := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(4)})
	fmt.Println(len(out), out[0].Int())
	jv := reflect.ValueOf(join)
	fmt.Println(jv.Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b"), reflect.ValueOf("c")})[0])
	fmt.Println(jv.CallSlice([]reflect.Value{reflect.ValueOf(","), reflect.ValueOf([]string{"x", "y"})})[0])
	r := reflect.ValueOf(swap).Call([]reflect.Value{reflect.ValueOf(P{1, 2, "p"})})
	fmt.Println(r[0].Interface(), r[1].Interface(), r[2].Interface())
	r = reflect.ValueOf(fl).Call([]reflect.Value{reflect.ValueOf(1.5), reflect.ValueOf(float32(3))})
	fmt.Println(r[0].Float(), r[1].Float())
	p := P{2, 3, "pt"}
	v := reflect.ValueOf(p)
	fmt.Println(v.MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(10)})[0].Int())
	d := v.MethodByName("Describe").Call([]reflect.Value{reflect.ValueOf(">"), reflect.ValueOf(true), reflect.ValueOf(float32(1.5)), reflect.ValueOf(int8(-3))})
	fmt.Println(d[0], d[1].IsNil(), v.MethodByName("Describe").Type())
	pv := reflect.ValueOf(&p)
	pv.MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(p, pv.NumMethod(), v.NumMethod(), v.MethodByName("Nope").IsValid())
	var g Greeter = En{true}
	gv := reflect.ValueOf(&g).Elem()
	fmt.Println(gv.Method(0).Call([]reflect.Value{reflect.ValueOf("Bob")})[0])
	fmt.Println(reflect.ValueOf(En{}).Method(0).Call([]reflect.Value{reflect.ValueOf("Al")})[0])
	fn := func(x any, e error) string { return fmt.Sprint(x, e) }
	fmt.Println(reflect.ValueOf(fn).Call([]reflect.Value{reflect.ValueOf(42), reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())})[0])
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1)})
	}()
	counter := 0
	inc := func() { counter++ }
	reflect.ValueOf(inc).Call(nil)
	reflect.ValueOf(inc).Call(nil)
	fmt.Println(counter)
	t := reflect.TypeOf((*Greeter)(nil)).Elem()
	fmt.Println(t.Method(0).Type)
}
