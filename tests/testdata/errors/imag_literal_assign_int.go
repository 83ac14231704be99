package main

func main() {
	x := 3i
	var y int = x
	_ = y
}
