package main

//go:noinline
func swap(a, b *int) {
	*a, *b = *b, *a
}

//go:noinline
func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
}
