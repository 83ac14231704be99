package main

func F[T any]() T {
	var z T
	return z
}

func main() {
	_ = F()
}
