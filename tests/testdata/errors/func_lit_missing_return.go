package main

func main() {
	f := func() int {
	}
	_ = f
}
