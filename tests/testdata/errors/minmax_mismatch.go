package main

func main() {
	a := 1
	b := 2.5
	_ = min(a, b)
}
