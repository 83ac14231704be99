package main

func main() {
	type S struct {
		next S
	}
	type I interface{ I }
	type A [3]A
	type L []L
	var s S
	var i I
	var a A
	var l L
	_, _, _, _ = s, i, a, l
}
