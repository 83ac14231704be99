package main

import (
	"encoding/json"
	"fmt"
)

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	show(nil)
	show(true)
	show(42)
	show(int8(-7))
	show(uint64(18446744073709551615))
	show(3.14)
	show(1e21)
	show(1e20)
	show(0.000001)
	show(0.0000001)
	show(-0.0)
	show(float32(0.1))
	show(float32(1e-7))
	show(123456789.0)
	show("hello")
	show("quote\" backslash\\ tab\t nl\n ctl\x01 bell\b ff\f")
	show("<tag> & more")
	show("unicode é 世界 \u2028 \u2029")
	show("bad \xff utf8")
	show([]int{1, 2, 3})
	show([]int(nil))
	show([]int{})
	show([3]string{"a", "b", "c"})
	show([]byte("hello bytes"))
	show([]byte{})
	show(map[string]int{"b": 2, "a": 1, "c": 3})
	show(map[int]string{10: "ten", 2: "two", -1: "neg"})
	show(map[string]any{"nested": map[string][]bool{"x": {true}}})
	var np *int
	show(np)
	x := 5
	show(&x)
	show([]any{1, "a", nil, 2.5, false})
}
