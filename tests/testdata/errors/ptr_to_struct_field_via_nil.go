package main

type T struct{ a int }

func main() {
	var p *T
	p.b = 1
}
