package main

func f(int) {}

func main() {
	_()
	x := _ + 1
	_ = x
	var y = _
	_ = y
	f(_)
	_ = _
	var z _
}
