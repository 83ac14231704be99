// Floats boxed in interfaces, type switches on float types, and Stringer on a float type.
package main

import "fmt"

type celsius float64

func (c celsius) String() string { return fmt.Sprint(float64(c), "C") }

func kind(v any) string {
	switch x := v.(type) {
	case float32:
		return fmt.Sprint("f32 ", x)
	case float64:
		return fmt.Sprint("f64 ", x)
	}
	return "other"
}

func main() {
	fmt.Println(kind(1.5), kind(float32(2.5)), kind(3))
	fmt.Println(celsius(21.5), []celsius{1, 2.5})
	var xs []any
	xs = append(xs, 1e-7, 42.0, float32(0.3))
	fmt.Println(xs...)
	fmt.Println(xs)
}
