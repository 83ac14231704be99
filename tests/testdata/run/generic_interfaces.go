package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

func (b *Box[T]) Set(v T) { b.v = v }

type Setter[T any] interface{ Set(T) }

type MyInt int

func (m MyInt) String() string { return "MyInt" + strconv.Itoa(int(m)) }

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func SetAll[T any, S Setter[T]](ss []S, v T) {
	for _, s := range ss {
		s.Set(v)
	}
}

func main() {
	var s Stringer = Box[int]{3}
	fmt.Println(s.String(), s)
	fmt.Println(Join([]MyInt{1, 2, 3}, ","))
	fmt.Println(Join([]Box[string]{{"a"}, {"b"}}, "+"))
	b1, b2 := &Box[int]{1}, &Box[int]{2}
	SetAll([]*Box[int]{b1, b2}, 9)
	fmt.Println(*b1, *b2)
	var st Setter[string] = &Box[string]{}
	st.Set("hi")
	fmt.Println(st.(*Box[string]).v)
	fmt.Printf("%v %s\n", Box[float64]{2.5}, &Box[bool]{true})
}
