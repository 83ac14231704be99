package main

import "fmt"

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Node[T any] struct {
	val  T
	next *Node[T]
}

func FromSlice[T any](xs []T) *Node[T] {
	var head *Node[T]
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node[T]{xs[i], head}
	}
	return head
}

func (n *Node[T]) String() string {
	s := "["
	for c := n; c != nil; c = c.next {
		if c != n {
			s += " "
		}
		s += fmt.Sprint(c.val)
	}
	return s + "]"
}

func main() {
	var t *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	var ts *Tree[string]
	ts = ts.Insert("m").Insert("a").Insert("z")
	ts.Walk(func(v string) { fmt.Print(v) })
	fmt.Println()
	fmt.Println(FromSlice([]string{"x", "y", "z"}))
	fmt.Println(FromSlice([]float64{1.5}).String())
}
