package main

type Box[T any] struct{ v T }

func (b Box[T]) Wrap() any {
	if false {
		return Box[Box[T]]{b}.Wrap()
	}
	return b
}

func main() {
	_ = Box[int]{}.Wrap()
}
