package main

func twice(f func() int) int { return f() + f() }

//go:noinline
func work(a, b int) int {
	base := a * b
	add := func(x int) int { return base + x }
	neg := func() int { return -base }
	func() { println("start", a) }()
	r := add(1) + add(2)
	r += twice(neg)
	v := func(y int) int { return y*base + b }(3)
	println(r, v)
	return r
}

func main() {
	println(work(3, 4))
}
