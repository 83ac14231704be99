package main

func main() {
	var s uint = 2
	var f float64 = 1 << s
	var g = 1 << s + 1.5
	_ = 1 << s + 1.5
	var h float32 = 2 << s
	var i interface{} = 1 << s
	println(1 << s)
	var j int = 1.0 << s
	var k = 1.0 << s
	_, _, _, _, _, _ = f, g, h, i, j, k
	var l = 1.5 << s
	_ = l
	m := []int{}
	_ = m[1.0<<s]
	_ = m[1.5<<s]
}
