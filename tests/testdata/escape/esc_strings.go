package main

//go:noinline
func length(s string) int {
	return len(s)
}

//go:noinline
func same(s string) string {
	return s
}

var kept string

//go:noinline
func keep(s string) {
	kept = s
}

//go:noinline
func main() {
	keep("abc")
	println(length("hello"), same("x"), kept)
}
