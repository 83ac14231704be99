package main

type List[T any] struct {
	next *List[T]
	val  T
}

type Tree[T any] struct {
	kids []*Tree[[]T]
}

func F[T any](n int) {
	if n > 0 {
		G[[]T](n - 1)
	}
}

func G[U any](n int) {
	F[U](n)
}

func H[T any](x T) {
	H(x)
	var l List[T]
	_ = l
}

func main() {
	F[int](3)
	H(1)
}
