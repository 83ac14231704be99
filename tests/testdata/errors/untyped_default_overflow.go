package main

const big = 1 << 64

var g = big

func main() {
	a := big
	var b = 'a' * 1000000000000
	var c, d = big, 1e400
	e, f := 1, big
	var h interface{} = big
	println(big)
	_ = big
	i := 1e400
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, h, i
}
