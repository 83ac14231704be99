package main

func F[T any](n int) {
	type L struct{ t T }
	if n > 0 {
		F[L](n - 1)
	}
}

func main() {
	F[int](2)
}
