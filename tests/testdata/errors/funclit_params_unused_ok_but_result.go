package main

func main() {
	f := func(a int) (int, string) { return a }
	_ = f
}
