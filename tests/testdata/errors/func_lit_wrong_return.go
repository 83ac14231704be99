package main

func main() {
	f := func() int { return "s" }
	_ = f
}
