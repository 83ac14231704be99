package main

import "fmt"

func Half[T ~float64 | ~int | ~float32 | ~uint8](x T) T { return x / 2 }

func Scale[T ~float64 | ~int8](x T) T {
	const k = 3
	var y T = 1
	return x*k + y + T(0.0)
}

func Clamp[T ~int | ~float64](x T) T { return max(min(x, 10), 0) }

func Prefix[S ~string](s S) S { return "<" + s + ">" }

type Meters float64
type Label string

func main() {
	fmt.Println(Half(5), Half(5.0), Half(float32(3)), Half(uint8(255)), Half(Meters(1)))
	fmt.Println(Scale(1.5), Scale(int8(100)))
	fmt.Println(Clamp(-3), Clamp(42), Clamp(2.5), Clamp(11.5))
	fmt.Println(Prefix("x"), Prefix(Label("y")))
	fmt.Printf("%T %T\n", Half(Meters(1)), Prefix(Label("")))
}
