package main

var saved *int

//go:noinline
func keep() {
	v := 42
	saved = &v
}

//go:noinline
func main() {
	keep()
	println(*saved)
}
