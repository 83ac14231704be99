package main

func main() {
	var x interface{ M() }
	x.N()
}
