package main

import (
	"fmt"
	"reflect"
)

// Methods reached only through reflect: Value.Method and Value.MethodByName
// must find code for every exported method of a type whose descriptor is kept.

type Calc struct{ base int }

func (c Calc) Add(x int) int        { return c.base + x }
func (c Calc) Describe() string     { return fmt.Sprint("calc ", c.base) }
func (c *Calc) Set(v int)           { c.base = v }
func (c Calc) Pair(a, b string) string { return a + "-" + b }
func (c Calc) private() int         { return 99 }

type Greeter interface{ Greet(name string) string }

type english struct{}

func (english) Greet(n string) string { return "hello " + n }
func (english) Extra() string         { return "extra" }

func main() {
	c := Calc{10}
	v := reflect.ValueOf(c)
	t := v.Type()
	fmt.Println(t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(i, t.Method(i).Name)
	}
	fmt.Println(v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(5)})[0].Int())
	fmt.Println(v.MethodByName("Describe").Call(nil)[0].String())
	out := v.MethodByName("Pair").Call([]reflect.Value{reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(out[0])
	fmt.Println(v.Method(0).Call([]reflect.Value{reflect.ValueOf(1)})[0].Int())
	fmt.Println(v.MethodByName("Missing").IsValid())

	p := reflect.ValueOf(&c)
	fmt.Println(p.Type().NumMethod())
	p.MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(c.base, p.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(4)})[0].Int())

	var g Greeter = english{}
	gv := reflect.ValueOf(&g).Elem()
	fmt.Println(gv.Kind(), gv.NumMethod())
	fmt.Println(gv.Method(0).Call([]reflect.Value{reflect.ValueOf("go")})[0])
	ev := reflect.ValueOf(english{})
	fmt.Println(ev.MethodByName("Extra").Call(nil)[0])
	m, ok := reflect.TypeOf(english{}).MethodByName("Greet")
	fmt.Println(m.Name, ok)
}
