package main

var sink *int

//go:noinline
func local() int {
	p := new(int)
	*p = 7
	return *p * 2
}

//go:noinline
func global() {
	p := new(int)
	*p = 9
	sink = p
}

//go:noinline
func main() {
	println(local())
	global()
	println(*sink)
}
