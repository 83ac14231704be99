package main

//go:noinline
func set(pp **int, p *int) {
	*pp = p
}

//go:noinline
func main() {
	x := 1
	var p *int
	set(&p, &x)
	println(*p)
}
