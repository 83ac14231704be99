package main

type G[F any] struct{ f F }

func (G[F]) m3[P *F](P) {}

func (G[F]) m2[P F]() {}

func main() {
	_ = G[int]{}.m3[*string]
}
