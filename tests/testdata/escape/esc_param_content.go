package main

var g *int

//go:noinline
func deref(pp **int) {
	g = *pp
}

//go:noinline
func main() {
	x := 3
	p := &x
	deref(&p)
	println(*g)
}
