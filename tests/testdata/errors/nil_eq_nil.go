package main

func main() {
	println(nil == nil)
	x := nil == nil
	_ = x
}
