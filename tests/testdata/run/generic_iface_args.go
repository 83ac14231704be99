package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s Stack[T]) Peek() T { return s[len(s)-1] }

func Describe[T any](x T) string {
	var a any = x
	switch v := a.(type) {
	case nil:
		return "nil"
	case error:
		return "error:" + v.Error()
	case fmt.Stringer:
		return "stringer:" + v.String()
	}
	return fmt.Sprintf("%T", x)
}

func Equal[T comparable](a, b T) bool { return a == b }

type Key struct {
	A [2]int
	B string
}

type name string

func (n name) String() string { return strings.ToUpper(string(n)) }

func Is[T comparable](x any, want T) bool {
	t, ok := x.(T)
	return ok && t == want
}

func main() {
	var es Stack[error]
	es.Push(errors.New("e1"))
	es.Push(nil)
	fmt.Println(es.Peek() == nil, len(es), es[0])
	var ss Stack[fmt.Stringer]
	ss.Push(name("bob"))
	fmt.Println(ss.Peek(), Describe(ss.Peek()))
	fmt.Println(Describe[error](nil), Describe(errors.New("x")), Describe(3), Describe[any](nil))
	fmt.Println(Equal(Key{[2]int{1, 2}, "k"}, Key{[2]int{1, 2}, "k"}), Equal(Key{}, Key{B: "x"}))
	fmt.Println(Equal[any](1, 1), Equal[any](1, "1"), Equal[error](nil, nil))
	p, q := new(int), new(int)
	fmt.Println(Equal(p, p), Equal(p, q), Equal([3]string{"a"}, [3]string{"a"}))
	fmt.Println(Is(name("x"), name("x")), Is[fmt.Stringer](name("y"), name("y")), Is(1, int64(1)))
	var anys Stack[any]
	anys.Push(1)
	anys.Push("two")
	anys.Push(nil)
	fmt.Println(anys, len(anys))
	fmt.Printf("%T %T %T\n", es, ss, anys)
}
