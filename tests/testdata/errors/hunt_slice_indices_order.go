package main

func main() {
	x := make([]int, 3, 10)
	n := 4
	_ = x[2:1:n]
	_ = x[3:2]
	_ = x[1:n:0]
	s := "abc"
	_ = s[2:1]
	var a [5]int
	_ = a[1:6]
	_ = a[:2:1]
}
