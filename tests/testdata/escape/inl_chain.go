package main

func double(x int) int { return 2 * x }

func quad(x int) int { return double(double(x)) }

//go:noinline
func main() {
	t := 0
	for i := 1; i <= 3; i++ {
		t += quad(i)
	}
	println(t)
}
