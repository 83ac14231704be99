package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Base struct{ id int }

func (b Base) ID() int        { return b.id }
func (b *Base) SetID(i int)   { b.id = i }
func (b Base) String() string { return fmt.Sprintf("Base#%d", b.id) }

type IDer interface {
	ID() int
	SetID(int)
}

type List[T any] struct{ xs []T }

func (l *List[T]) Add(x T)  { l.xs = append(l.xs, x) }
func (l List[T]) Len() int { return len(l.xs) }

func Wrap[T any](x T) []any {
	type Node[U any] struct {
		val  T
		aux  U
		next *Node[U]
	}
	n := &Node[int]{val: x, aux: 1}
	n.next = &Node[int]{val: x, aux: 2}
	mk := func(s string) any { return Node[string]{val: x, aux: s} }
	first := *n
	first.next = nil
	return []any{first, n.next.aux, mk("z"), Node[T]{val: x, aux: x}}
}

func Check[T any](v any) string {
	type Tag[U any] struct{ u U }
	switch v.(type) {
	case Tag[T]:
		return "Tag[T]"
	case Tag[int]:
		return "Tag[int]"
	}
	if _, ok := v.(Tag[string]); ok {
		return "Tag[string]"
	}
	return "none: " + fmt.Sprintf("%T", Tag[T]{})
}

type Holder[K comparable] struct{ k K }

func (h Holder[K]) Describe[V any](v V) string {
	type entry[W any] struct {
		k K
		v V
		w W
	}
	type plain struct{ k K }
	return fmt.Sprintf("%T|%T|%v", entry[bool]{h.k, v, true}, plain{h.k}, entry[int]{h.k, v, 3})
}

func main() {
	type Box[T any] struct {
		Base
		v T
	}
	b := Box[string]{Base{7}, "seven"}
	var i IDer = &b
	i.SetID(8)
	fmt.Println(i.ID(), b, b.String())
	fmt.Printf("%v %+v %#v\n", b, b, b)
	type Counted[T any] struct {
		*List[T]
		n int
	}
	c := Counted[float64]{&List[float64]{}, 0}
	c.Add(1.5)
	c.Add(2.5)
	fmt.Println(c.Len(), c.xs)
	var lenner interface{ Len() int } = c
	fmt.Println(lenner.Len())
	for _, x := range Wrap("w") {
		fmt.Printf("%T %v\n", x, x)
	}
	for _, x := range Wrap(3) {
		fmt.Printf("%T %v\n", x, x)
	}
	fmt.Println(Check[int](nil), Check[bool](nil))
	fmt.Println(Holder[string]{"k"}.Describe(2.5))
	fmt.Println(Holder[int]{1}.Describe[[]string](nil))
	t := reflect.TypeOf(b)
	fmt.Println(t.Name(), t.String(), t.Kind(), t.NumMethod(), reflect.TypeOf(&b).NumMethod())
	apply := func() string {
		type Acc[T any] []T
		var a Acc[string]
		a = append(a, "p", "q")
		return strings.Join(a, "+") + fmt.Sprintf(" %T", a)
	}
	fmt.Println(apply())
	type Pt[T any] struct{ X, Y T }
	m := map[Pt[int]]string{{1, 2}: "a"}
	fmt.Println(m[Pt[int]{1, 2}], Pt[int]{1, 2} == Pt[int]{1, 2})
	var anyv any = Pt[int]{3, 4}
	fmt.Println(anyv == any(Pt[int]{3, 4}), anyv == any(Pt[int64]{3, 4}))
}
