package main

func f() any { return nil }

func main() {
	var x interface{}
	for range x {
	}
	for range f() {
	}
	var y any
	y++
}
