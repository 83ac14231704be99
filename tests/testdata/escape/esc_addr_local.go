package main

//go:noinline
func sum3() int {
	x := 1
	p := &x
	*p += 2
	y := 4
	q := &y
	return *p + *q
}

//go:noinline
func main() {
	println(sum3())
}
