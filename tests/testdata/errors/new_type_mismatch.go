package main

type T struct{}

func main() {
	var p *int = new(T)
	_ = p
}
