package main

var ps [3]*int

//go:noinline
func collect() {
	for i := 0; i < 3; i++ {
		ps[i] = &i
	}
}

//go:noinline
func local() int {
	s := 0
	for i := 0; i < 4; i++ {
		p := &i
		s += *p
	}
	return s
}

//go:noinline
func main() {
	collect()
	println(*ps[0], *ps[1], *ps[2], local())
}
