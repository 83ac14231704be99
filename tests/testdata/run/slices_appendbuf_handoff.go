// Slices handed on once (to an inlined call, a struct field, a map, through a goto loop,
// a second result) and then changed: both sides keep Go semantics, with gc's len and cap.
package main

import (
	"fmt"
	"strings"
)

type holder struct {
	s []int
	m map[string][]int
}

func take(s []int) []int { return s }

func viaInline(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	t := take(s)
	s = append(s, 100)
	t[0] = -1
	fmt.Println("viaInline", s, t, len(s), cap(s), len(t), cap(t))
	return t
}

func viaField(n int, h *holder) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		_ = cap(s)
	}
	h.s = s
	s = append(s, 7)
	s[0] = 42
	fmt.Println("viaField", s, h.s, cap(s), cap(h.s))
}

func viaMap(n int, h *holder) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	h.m["k"] = s
	fmt.Println("viaMap", h.m["k"], cap(h.m["k"]))
}

func withGoto(n int) [][]int {
	var out [][]int
	var s []int
	i := 0
again:
	s = append(s, i)
	s = append(s, i+1)
	out = append(out, s)
	i++
	if i < n {
		goto again
	}
	return out
}

func reuse(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		if len(s) == 3 {
			s = s[:0]
		}
	}
	return s
}

func words(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		out = append(out, strings.ToUpper(w))
	}
	return out
}

func twoVars(n int) ([]int, []int) {
	var a, b []int
	for i := 0; i < n; i++ {
		a = append(a, i)
		b = append(b, -i)
		_ = cap(b)
	}
	return a, b
}

func mutateAfter(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	r := s
	for i := range s {
		s[i] *= 10
	}
	return r
}

func main() {
	for _, n := range []int{1, 2, 3, 4, 5} {
		viaInline(n)
		h := &holder{m: map[string][]int{}}
		viaField(n, h)
		viaMap(n, h)
		o := withGoto(n)
		fmt.Println("withGoto", o)
		for _, x := range o {
			fmt.Print(len(x), cap(x), " ")
		}
		fmt.Println()
		r := reuse(n + 3)
		fmt.Println("reuse", r, len(r), cap(r))
		a, b := twoVars(n)
		fmt.Println("twoVars", a, b, cap(a), cap(b))
		fmt.Println("mutateAfter", mutateAfter(n))
	}
	w := words("the quick brown fox jumps over")
	fmt.Println(w, len(w), cap(w))
}
