package main

type I interface{ M(int) }

func main() {
	var i I
	i.M("x")
}
