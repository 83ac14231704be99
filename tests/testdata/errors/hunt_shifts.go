package main

func main() {
	i := 1
	var f float64 = 2
	_ = i << 1.5
	_ = i << -1
	_ = i << "a"
	_ = i << f
	_ = f << 2
	_ = i >> 1.0
	i <<= 2.5
	_ = 1 << 1.5
	_ = i << (1 << 70)
	_ = 1.5 << i
	const c = 2.0
	_ = c << 3
	var s string
	_ = s << 1
}
