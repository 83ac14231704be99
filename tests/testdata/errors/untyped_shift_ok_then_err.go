package main

func main() {
	s := 2
	var b byte = 1 << s
	var x string = b
	_ = x
}
