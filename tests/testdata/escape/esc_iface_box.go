package main

var sink any

//go:noinline
func store(x int) {
	sink = x
}

//go:noinline
func main() {
	store(5)
	println(sink.(int))
}
