package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type OrderedMap[K cmp.Ordered, V any] struct {
	m map[K]V
}

func NewOM[K cmp.Ordered, V any]() *OrderedMap[K, V] { return &OrderedMap[K, V]{m: map[K]V{}} }
func (o *OrderedMap[K, V]) Set(k K, v V)              { o.m[k] = v }
func (o *OrderedMap[K, V]) Pairs() []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(o.m))
	for k, v := range o.m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("the quick brown fox") {
		s.Push(w)
	}
	fmt.Println("len", s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	om := NewOM[string, []int]()
	om.Set("b", []int{2, 3})
	om.Set("a", []int{1})
	om.Set("c", nil)
	fmt.Println(om.Pairs())
	for _, p := range om.Pairs() {
		fmt.Printf("%s ", p)
	}
	fmt.Println()

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(n int) int { return n * n })
	ev := Filter(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(sq, ev)
	str := Reduce(ev, "", func(a string, n int) string { return a + fmt.Sprint(n) + ";" })
	fmt.Println(str)
	fmt.Println(Sum(1.5, 2.25), Sum[int64](1, 2, 3), Sum(Celsius(10), Celsius(-3.5)))
	fmt.Printf("%v %T\n", Sum[Celsius](), Sum[Celsius]())
	words := Map([]string{"go", "pogo", "x"}, func(s string) Pair[string, int] { return Pair[string, int]{s, len(s)} })
	fmt.Printf("%v\n%+v\n", words, words[1])
	idx, found := slices.BinarySearchFunc(om.Pairs(), "b", func(p Pair[string, []int], k string) int { return strings.Compare(p.Key, k) })
	fmt.Println(idx, found)
}
