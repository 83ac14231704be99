package main

type G[F any] struct{ f F }

func (G[F]) m2[P F]() {}

func main() {
	G[int]{}.m2()
}
