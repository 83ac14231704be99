package main

func main() {
	var n int = "x"
	x := `abc
