package main

type I interface{ m(int) int }

type T struct{}

// A generic method never satisfies an interface method.
func (T) m[P any](x int) int { return x }

func main() {
	var _ I = T{}
}
