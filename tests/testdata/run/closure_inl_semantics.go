package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func mk() func() int {
	c := 0
	return func() int { c += 2; return c }
}

func counter() (int, *int) {
	n := 0
	inc := func() { n++ }
	inc()
	inc()
	p := &n
	inc()
	return n, p
}

type acc struct{ total int }

func (a *acc) add(v int) { a.total += v }

func main() {
	// captured variable updates are visible afterwards
	k := 3
	bump := func(d int) { k += d }
	bump(2)
	bump(5)
	fmt.Println("k", k)

	// a literal passed to an inlined function
	fmt.Println(apply(func(x int) int { return x * k }, 4))
	sum := 0
	each([]int{1, 2, 3, 4}, func(x int) { sum += x * x })
	fmt.Println("sum", sum)

	// per-iteration loop variables: closures kept and closures inlined
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
		func() { i += 0; fmt.Println("iter", i) }()
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	for i, f := 0, func() int { return 7 }; i < 2; i++ {
		fmt.Println("f", f(), i)
	}
	for i, g := 0, (func() int)(nil); i < 3; i++ {
		if g == nil {
			g = func() int { return i }
		}
		fmt.Println("g", g(), i)
	}

	// a closure made in a loop's init statement, of a variable that changes
	j := 100
	for i, h := 0, func() int { return j }; i < 2; i++ {
		j++
		fmt.Println("h", h())
	}

	// recursion through a variable is not inlined
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib", fib(15))

	// a reassigned func variable calls whatever it holds now
	op := func(a, b int) int { return a + b }
	fmt.Println(op(2, 3))
	op = func(a, b int) int { return a * b }
	fmt.Println(op(2, 3))

	// constructors of closures keep their state per instance
	m1, m2 := mk(), mk()
	m1()
	fmt.Println(m1(), m2())

	n, p := counter()
	*p += 10
	fmt.Println(n, *p)

	// a method value and a literal calling a method on a captured variable
	a := &acc{}
	addA := a.add
	addA(4)
	func() { a.add(6) }()
	fmt.Println(a.total)

	// results of several values and named results
	divmod := func(x, y int) (q, r int) {
		q = x / y
		r = x % y
		return
	}
	q, r := divmod(17, 5)
	fmt.Println(q, r)

	// deferred literals run at the end, with the final values
	x := 1
	defer func() { fmt.Println("deferred", x) }()
	x = 2
	func() {
		defer func() { fmt.Println("inner deferred", x) }()
		x = 3
	}()
}
