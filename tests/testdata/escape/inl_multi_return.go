package main

func divmod(a, b int) (int, int) { return a / b, a % b }

func sign(x int) int {
	if x < 0 {
		return -1
	} else if x > 0 {
		return 1
	}
	return 0
}

//go:noinline
func main() {
	q, r := divmod(17, 5)
	println(q, r, sign(-4), sign(0), sign(9))
}
