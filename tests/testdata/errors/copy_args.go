package main

func main() {
	var s []int
	var b []byte
	copy([...]int{}, s)
	copy([]int8{}, "foo")
	copy(s, nil)
	copy(b, "ok")
	copy(s, b)
}
