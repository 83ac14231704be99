package main

func main() {
	f := func() (int, int) { return 1 }
	_ = f
}
