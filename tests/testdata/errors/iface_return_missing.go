package main

type I interface{ M() }
type T struct{}

func get() I {
	return T{}
}

func main() { _ = get() }
