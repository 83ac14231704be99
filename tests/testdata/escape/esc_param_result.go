package main

//go:noinline
func identity(p *int) *int {
	return p
}

//go:noinline
func pick(a, b *int, first bool) *int {
	if first {
		return a
	}
	return b
}

//go:noinline
func main() {
	x, y := 1, 2
	println(*identity(&x), *pick(&x, &y, false))
}
