package main

//go:noinline
func both(p, q *int) (*int, *int) {
	return q, p
}

//go:noinline
func main() {
	x, y := 1, 2
	a, b := both(&x, &y)
	println(*a, *b)
}
