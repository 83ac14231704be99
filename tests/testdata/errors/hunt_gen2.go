package main

func First[T any](xs []T) T {
	if len(xs) == 0 {
		return nil
	}
	return xs[0]
}

func Len[T any](x T) int {
	return len(x)
}

func Neg[T any](x T) T { return -x }

func Cmp[T any](a, b T) bool { return a < b }

func Eq[T any](a, b T) bool { return a == b }

func Idx[T any](x T) int { return x[0] }

func main() {
	_ = First([]int{})
	_ = Len("s")
}
