package main

type I interface{ M() }

func main() {
	var x interface{} = 1
	i := x.(I)
	i.N()
}
