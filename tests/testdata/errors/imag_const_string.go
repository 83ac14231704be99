package main

const c = 2i

func main() {
	var s string = c
	_ = s
}
