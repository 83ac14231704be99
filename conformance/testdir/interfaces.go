// run

// Interfaces: dynamic dispatch, embedding, type switches and assertions.
package main

import "fmt"

type shape interface{ area() int }

type rect struct{ w, h int }
type square struct{ rect }

func (r rect) area() int { return r.w * r.h }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x)
	case shape:
		return fmt.Sprint("shape with area ", x.area())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []shape{rect{2, 3}, square{rect{4, 4}}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Println(describe(nil), describe(7), describe("x"))
	_, ok := any(3).(shape)
	fmt.Println(ok)
}
