package main

const c = 1 + 2i

func main() {
	var f float64 = c
	_ = f
}
