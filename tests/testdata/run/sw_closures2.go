package main

import (
	"fmt"
	"strings"
)

type Middleware func(Handler) Handler
type Handler func(string) string

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(t string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return "<" + t + ">" + next(s) + "</" + t + ">" }
	}
}

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

func gen() func() (int, bool) {
	data := []int{3, 1, 4}
	i := 0
	return func() (int, bool) {
		if i >= len(data) {
			return 0, false
		}
		i++
		return data[i-1], true
	}
}

type Counter struct{ hits map[string]int }

func (c *Counter) Hit(k string) func() int {
	return func() int {
		c.hits[k]++
		return c.hits[k]
	}
}


func main() {
	h := chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hi"))
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	next := gen()
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	c := &Counter{map[string]int{}}
	a, b := c.Hit("a"), c.Hit("b")
	a()
	a()
	b()
	fmt.Println(a(), b(), c.hits)
	funcs := make(map[string]func(float64) float64)
	for _, op := range []string{"double", "square", "neg"} {
		switch op {
		case "double":
			funcs[op] = func(x float64) float64 { return 2 * x }
		case "square":
			funcs[op] = func(x float64) float64 { return x * x }
		default:
			funcs[op] = func(x float64) float64 { return -x }
		}
	}
	fmt.Println(funcs["double"](3), funcs["square"](3), funcs["neg"](3))
	adders := [3]func(int) int{}
	for i := range adders {
		adders[i] = func(x int) int { return x + i }
	}
	fmt.Println(adders[0](10), adders[2](10))
	x := 0
	defer func() { fmt.Println("deferred sees", x) }()
	func() {
		x = 5
		func() { x *= 2 }()
	}()
	fmt.Println(x)
}
