package main

func add(a, b int) int { return a + b }

func sq(x int) int { return x * x }

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

//go:noinline
func main() {
	s := 0
	for i := 0; i < 10; i++ {
		s = add(s, sq(i))
	}
	println(s, max(s, 7), max(3, 9))
}
