package main

type Pair struct{ a, b int }

//go:noinline
func bump(p *int) {
	*p += 10
}

//go:noinline
func main() {
	var s Pair
	bump(&s.a)
	bump(&s.b)
	bump(&s.b)
	println(s.a, s.b)
}
