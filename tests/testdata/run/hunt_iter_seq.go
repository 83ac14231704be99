package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range s {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a e z b") {
		root = root.Insert(w, func(a, b string) bool { return a < b })
	}
	for i, v := range Enumerate(root.All()) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Fib(), 12)))
	for v := range Fib() {
		if v > 100 {
			fmt.Println("first >100:", v)
			break
		}
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 0}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Fib(), 5))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, s)
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, len(chunks))
	m2 := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(m2)
	upper := slices.Collect(func(yield func(string) bool) {
		for _, s := range []string{"go", "is", "fun"} {
			if !yield(strings.ToUpper(s)) {
				return
			}
		}
	})
	fmt.Printf("%q\n", upper)
	for k, v := range maps.All(map[int]int{7: 49}) {
		fmt.Println(k, v)
	}
}
