package main

func main() {
	a := true
	_ = max(a)
}
