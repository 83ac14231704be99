package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Base struct{ id int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.id) }
func (b *Base) Set(i int)     { b.id = i }

type Namer interface{ Name() string }

type named string

func (n named) Name() string { return strings.ToUpper(string(n)) }

type Setter interface{ Set(int) }

func main() {
	var s fmt.Stringer = struct{ Base }{Base{1}}
	fmt.Println(s.String(), s)
	p := &struct {
		Base
		n int
	}{Base{2}, 3}
	var i Setter = p
	i.Set(5)
	fmt.Println(p.id, p.n, p)
	fmt.Printf("%T %v %T\n", s, s, i)

	// embedded pointer: the pointer methods are promoted to the value type too
	v := struct{ *Base }{&Base{9}}
	var i2 Setter = v
	i2.Set(10)
	fmt.Println(v.id, v)

	// embedded interface
	w := struct {
		Namer
		extra int
	}{named("abc"), 1}
	var nm Namer = w
	fmt.Println(nm.Name())
	f := w.Name
	fmt.Println(f())

	// dynamic assertions go through the descriptor's method records
	var a any = struct{ Base }{Base{4}}
	st, ok := a.(fmt.Stringer)
	fmt.Println(st, ok)
	_, ok = a.(Setter)
	fmt.Println(ok)
	var ap any = &struct{ Base }{Base{6}}
	se, ok := ap.(Setter)
	fmt.Println(ok)
	se.Set(7)
	fmt.Println(ap)
	fmt.Println(reflect.TypeOf(a).NumMethod(), reflect.TypeOf(ap).NumMethod(), reflect.TypeOf(w).NumMethod())
	fmt.Println(reflect.TypeOf(ap).Method(0).Name, reflect.TypeOf(ap).Method(1).Name)

	// an error built from an unnamed struct
	var err error = struct{ error }{errors.New("wrapped")}
	fmt.Println(err, err.Error())
	fmt.Println(errors.Is(err, err))
}
