package main

func main() {
	f := func(a, b int) int { return a + b }
	_ = f(1)
}
