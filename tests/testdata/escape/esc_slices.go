package main

//go:noinline
func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

//go:noinline
func first(xs []*int) *int {
	return xs[0]
}

//go:noinline
func main() {
	a := [3]int{1, 2, 3}
	v := 5
	ps := []*int{&v}
	println(sum(a[:]), *first(ps))
}
