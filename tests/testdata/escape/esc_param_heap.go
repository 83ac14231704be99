package main

var last *int

//go:noinline
func remember(p *int) {
	last = p
}

//go:noinline
func read(p *int) int {
	return *p + 1
}

//go:noinline
func main() {
	a := 10
	b := 20
	remember(&a)
	println(read(&b), *last)
}
