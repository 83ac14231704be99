package main

func F[T any](x T) {
	var s string = x
	_ = s
}

func main() {}
