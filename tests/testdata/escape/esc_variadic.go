package main

//go:noinline
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var kept []*int

//go:noinline
func keep(ps ...*int) {
	kept = ps
}

//go:noinline
func main() {
	a, b := 1, 2
	keep(&a, &b)
	println(sum(1, 2, 3), sum(), *kept[1])
}
