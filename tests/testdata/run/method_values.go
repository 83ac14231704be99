// Method values bind their receiver when evaluated; method expressions take it as a parameter.
package main

import "fmt"

type acc struct{ total int }

func (a acc) value() int      { return a.total }
func (a *acc) add(n int) int { a.total += n; return a.total }

type shape interface{ area() int }
type sq struct{ s int }

func (s sq) area() int { return s.s * s.s }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	a := acc{1}
	v := a.value // copies a now
	add := a.add // binds &a
	add(5)
	fmt.Println(v(), a.total, a.value())
	fmt.Println(apply(add, 10), a.total)
	valueOf := acc.value
	addTo := (*acc).add
	fmt.Println(valueOf(acc{3}), addTo(&a, 1))
	var s shape = sq{4}
	ar := s.area
	s = sq{5}
	fmt.Println(ar(), s.area())
	fs := []func() int{a.value, sq{2}.area}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
