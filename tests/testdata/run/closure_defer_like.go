// Closures that modify named results and parameters of the enclosing function.
package main

import "fmt"

func collect(n int) (out []int, sum int) {
	add := func(v int) {
		out = append(out, v)
		sum += v
	}
	for i := 1; i <= n; i++ {
		add(i * i)
	}
	return
}

func scale(x int) int {
	mul := func(k int) { x *= k }
	mul(3)
	mul(2)
	return x
}

func main() {
	out, sum := collect(4)
	fmt.Println(out, sum)
	fmt.Println(scale(7))
	gen := func(start int) func() int {
		return func() int {
			start += 2
			return start
		}
	}
	g := gen(1)
	fmt.Println(g(), g(), g())
}
