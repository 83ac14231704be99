package main

type T struct{}

func (*T) M() {}

func main() {
	_ = T.M
}
