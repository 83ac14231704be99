package main

//go:noinline
func counter(start int) *int {
	n := start
	return &n
}

//go:noinline
func main() {
	p := counter(5)
	*p++
	println(*p)
}
