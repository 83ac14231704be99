package main

type P struct{ X, Y int }
type L struct{ A, B P }

func main() {
	_ = L{A: P{1, 2}, B: P{"x", 2}}
}
