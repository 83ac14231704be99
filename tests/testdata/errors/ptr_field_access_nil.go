package main

func main() {
	_ = nil.x
}
