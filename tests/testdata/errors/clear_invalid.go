package main

func main() {
	x := 1
	clear(x)
}
