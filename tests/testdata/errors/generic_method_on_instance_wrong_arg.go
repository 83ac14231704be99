package main

type List[T any] struct{ xs []T }

func (l *List[T]) Push(x T) { l.xs = append(l.xs, x) }

func main() {
	var l List[int]
	l.Push("s")
}
