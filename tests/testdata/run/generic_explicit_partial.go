package main

import "fmt"

func Convert[To, From int | int32 | float64 | uint8](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Make[T any](n int) []T { return make([]T, n) }

func Pair[A, B any](a A, b B) string { return fmt.Sprintf("%T/%T", a, b) }

func Identity[T any](x T) T { return x }

func main() {
	fmt.Println(Convert[float64]([]int{1, 2}))
	fmt.Println(Convert[uint8, int32]([]int32{255, 256, 257}))
	fmt.Println(len(Make[string](3)), Make[bool](2))
	fmt.Println(Pair[int8](1, "x"), Pair(1.5, []byte("a")))
	fmt.Println(Identity[any](nil) == nil, Identity(Identity[uint16])(7))
	var fs []func(int) int
	fs = append(fs, Identity[int], func(x int) int { return -x })
	for _, f := range fs {
		fmt.Print(f(5), " ")
	}
	fmt.Println()
}
