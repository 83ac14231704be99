package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int) int

func compose(fs ...Op) Op {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func adder(n int) Op    { return func(x int) int { return x + n } }
func multiplier(n int) Op { return func(x int) int { return x * n } }

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func counterGen() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func main() {
	var funcs []func() string
	for i, s := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return strings.Repeat(s, i+1) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	f := compose(adder(3), multiplier(2), adder(-1))
	fmt.Println(f(0), f(5), compose()(7))

	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)

	next, reset := counterGen()
	next()
	next()
	fmt.Print(next(), " ")
	reset()
	fmt.Println(next())

	byLen := map[int][]string{}
	words := strings.Fields("go is a fun language to use and go is fast")
	for _, w := range words {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	keys := make([]int, 0, len(byLen))
	for k := range byLen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		ws := byLen[k]
		sort.Slice(ws, func(i, j int) bool { return ws[i] > ws[j] })
		fmt.Printf("%d=%v ", k, ws)
	}
	fmt.Println()
	acc := 0
	defer func() { fmt.Println("deferred acc", acc) }()
	for i := range 5 {
		defer func() { acc += i }()
	}
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x", x)
	func() {
		x := 100
		inc()
		fmt.Println("inner x", x)
	}()
	fmt.Println("outer x", x)
}
