package main

import "fmt"

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type S struct{}

func (S) String() string { return "S!" }

func IsT[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func Conv[To, From int | int64 | float64 | uint8](x From) To { return To(x) }

func main() {
	fmt.Println(Describe(1))
	fmt.Println(Describe("a"))
	fmt.Println(Describe(S{}))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe([]int{1}))
	fmt.Println(IsT[int](1), IsT[int]("x"), IsT[fmt.Stringer](S{}), IsT[error](S{}))
	fmt.Println(Conv[int](3.9), Conv[uint8](300), Conv[float64](int64(7)))
}
