// The only references to objects live in closures' captured variables, method
// values, deferred calls, channel buffers and goroutines blocked on channels,
// while collections run.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type acc struct {
	items []*string
	total int
}

func (a *acc) add(s string) { a.items = append(a.items, &s); a.total += len(s) }

func counter(prefix string) func() string {
	n := 0
	words := []string{}
	return func() string {
		n++
		words = append(words, fmt.Sprint(prefix, n))
		return strings.Join(words, ",")
	}
}

func garbage(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := &[4]int{i, i, i, i}
		s := make([]*int, 8)
		s[3] = &p[2]
		t += *s[3] & 1
	}
	return t
}

func deferred() (out string) {
	x := &acc{}
	defer func() {
		garbage(20000)
		runtime.GC()
		out = fmt.Sprint(len(x.items), x.total)
	}()
	for i := 0; i < 50; i++ {
		x.add(strings.Repeat("y", i))
	}
	return ""
}

func main() {
	c := counter("c")
	var last string
	for i := 0; i < 30; i++ {
		last = c()
		garbage(3000)
	}
	fmt.Println(len(last), last[:20])

	a := &acc{}
	add := a.add // method value: the closure holds the only other reference
	a = nil
	for i := 0; i < 100; i++ {
		add(fmt.Sprint("item", i))
		garbage(500)
	}
	runtime.GC()
	fmt.Println("method value kept its receiver")

	fmt.Println(deferred())

	// Buffered channel holding the only references.
	ch := make(chan *acc, 64)
	for i := 0; i < 64; i++ {
		v := &acc{total: i}
		v.add(strings.Repeat("z", i))
		ch <- v
	}
	garbage(50000)
	runtime.GC()
	sum := 0
	for i := 0; i < 64; i++ {
		v := <-ch
		sum += v.total + len(*v.items[0])
	}
	fmt.Println("channel buffer sum", sum)

	// Goroutines blocked on a channel hold the only reference to their data.
	start := make(chan bool)
	results := make(chan int)
	for g := 0; g < 20; g++ {
		go func(g int) {
			data := make([]*int, 100)
			for i := range data {
				v := g*1000 + i
				data[i] = &v
			}
			m := map[string]*acc{"k": {total: g}}
			<-start
			t := m["k"].total
			for _, p := range data {
				t += *p
			}
			results <- t
		}(g)
	}
	garbage(100000)
	runtime.GC()
	garbage(100000)
	close(start)
	total := 0
	for g := 0; g < 20; g++ {
		total += <-results
	}
	fmt.Println("goroutines", total)
}
