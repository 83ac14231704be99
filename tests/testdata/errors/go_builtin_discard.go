package main

func main() {
	go len("x")
}
