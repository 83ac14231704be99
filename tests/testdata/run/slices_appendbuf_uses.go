// Slices appended to in loops and then passed to calls (keeping and not keeping them),
// captured, sent, ranged over, re-sliced, shared (b := a) and appended again: len and cap
// at every step as gc grows them (frame buffers, one size class at a time).
package main

import (
	"fmt"
	"runtime"
)

type rec struct {
	name string
	n    int
}

//go:noinline
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

var sink []int

//go:noinline
func keep(s []int) { sink = s }

func small(s []int) int { return len(s) + cap(s) }

func passNoLeak(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Println("passNoLeak", len(s), cap(s), sum(s))
	}
	return s
}

func passLeak(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	keep(s)
}

func passInlined(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	fmt.Println("passInlined", small(s))
	return s
}

//go:noinline
func closure(n int) func() int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return func() int { return len(s) + cap(s) }
}

func send(n int, ch chan []string) {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, fmt.Sprint(i))
	}
	ch <- s
}

func shared() {
	var a []int
	a = append(a, 1)
	b := a
	a = append(a, 2)
	a[0] = 99
	fmt.Println("shared", len(a), cap(a), len(b), cap(b), a, b)
}

func shared2() {
	var a []int
	for i := 0; i < 3; i++ {
		a = append(a, i)
	}
	b := a
	a = append(a, 7)
	a = append(a, 8)
	b = append(b, 5)
	fmt.Println("shared2", len(a), cap(a), len(b), cap(b), a, b)
}

func rangeOver(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	for i, v := range s {
		s[i] = v * 2
	}
	fmt.Println("rangeOver", len(s), cap(s), s)
}

func reslice(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		if len(s) > 2 {
			s = s[1:]
		}
	}
	return s
}

func lit(n int) []int {
	s := []int{7}
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func recs(n int) []rec {
	var s []rec
	for i := 0; i < n; i++ {
		s = append(s, rec{fmt.Sprint("r", i), i})
		runtime.GC()
		fmt.Println("recs", len(s), cap(s))
	}
	return s
}

func ptrsGC(n int) []*rec {
	var s []*rec
	for i := 0; i < n; i++ {
		s = append(s, &rec{fmt.Sprint("p", i), i})
		runtime.GC()
	}
	x := make([]byte, 1000)
	_ = x
	runtime.GC()
	return s
}

func index(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		s[i/2] += s[i]
	}
	return s
}

func main() {
	for _, n := range []int{2, 4, 6} {
		r := passNoLeak(n)
		fmt.Println("main passNoLeak", len(r), cap(r), r)
		passLeak(n)
		fmt.Println("main passLeak", len(sink), cap(sink), sink)
		r = passInlined(n)
		fmt.Println("main passInlined", len(r), cap(r), r)
		f := closure(n)
		fmt.Println("main closure", f())
		ch := make(chan []string, 1)
		send(n, ch)
		ss := <-ch
		fmt.Println("main send", len(ss), cap(ss), ss)
		rangeOver(n)
		r = reslice(n)
		fmt.Println("main reslice", len(r), cap(r), r)
		r = lit(n)
		fmt.Println("main lit", len(r), cap(r), r)
		rs := recs(n)
		fmt.Println("main recs", len(rs), cap(rs), rs)
		ps := ptrsGC(n)
		runtime.GC()
		for _, p := range ps {
			fmt.Print(p.name, p.n, " ")
		}
		fmt.Println(len(ps), cap(ps))
		r = index(n)
		fmt.Println("main index", len(r), cap(r), r)
	}
	shared()
	shared2()
}
