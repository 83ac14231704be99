package main

func main() {
	var f func(int) int = func(s string) int { return 0 }
	_ = f
}
