package main

import (
	"fmt"
	"strings"
)

type Queue[T any] struct {
	in, out []T
}

func (q *Queue[T]) Push(v T) { q.in = append(q.in, v) }

func (q *Queue[T]) Pop() (T, bool) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.in) + len(q.out) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

func BFS(graph map[string][]string, start string) []string {
	seen := Set[string]{}
	var q Queue[string]
	q.Push(start)
	seen.Add(start)
	var order []string
	for q.Len() > 0 {
		n, _ := q.Pop()
		order = append(order, n)
		for _, m := range graph[n] {
			if !seen.Has(m) {
				seen.Add(m)
				q.Push(m)
			}
		}
	}
	return order
}

func main() {
	g := map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": {"a"}}
	fmt.Println(strings.Join(BFS(g, "a"), " "))
	var q Queue[[2]int]
	q.Push([2]int{1, 2})
	q.Push([2]int{3, 4})
	fmt.Println(q.Pop())
	fmt.Println(q.Pop())
	fmt.Println(q.Pop())
	s := Set[float64]{}
	s.Add(1.5)
	fmt.Println(s.Has(1.5), s.Has(2), s.Len())
	fmt.Printf("%T %v\n", s, s)
}
