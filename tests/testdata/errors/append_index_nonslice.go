package main

func main() {
	s := "hello"
	msg := append(nil, s...)
	var a int
	_ = append(a, 1)
	var x int
	var f func() []int
	_ = f[x]
	print(msg)
}
