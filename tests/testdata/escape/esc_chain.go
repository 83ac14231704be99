package main

var g *int

//go:noinline
func store(p *int) {
	g = p
}

//go:noinline
func forward(p *int) {
	store(p)
}

//go:noinline
func look(p *int) int {
	return *p
}

//go:noinline
func lookTwice(p *int) int {
	return look(p) + look(p)
}

//go:noinline
func main() {
	a, b := 1, 2
	forward(&a)
	println(lookTwice(&b), *g)
}
