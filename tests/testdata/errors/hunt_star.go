package main

func main() {
	x := 5
	_ = *x
	*x = 3
	var y = *nil
	_ = *(x)
	_ = y
}
