package main

//go:noinline
func fill(a *[8]int) {
	for i := range a {
		a[i] = i * i
	}
}

//go:noinline
func total() int {
	var a [8]int
	fill(&a)
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

//go:noinline
func main() {
	println(total())
}
